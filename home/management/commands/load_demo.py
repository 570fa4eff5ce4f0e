"""Load the Desa Serang demo site. Safe to run again: existing content is left alone."""

from datetime import date, datetime, time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from articles.models import ArticleCategory, ArticleIndexPage, ArticlePage
from home import demo_articles
from home.demo_images import as_image_file, draw_emblem, draw_landscape
from home.models import HomeFeaturedArticle, HomePage, VillageSettings

LOCAL_ADMIN_USERNAME = "admin"
LOCAL_ADMIN_PASSWORD = "desa-serang"

HOME_ABOUT = (
    "<p>Desa Serang terletak di lereng Gunung Slamet, Kecamatan Karangreja, Kabupaten "
    "Purbalingga, Jawa Tengah. Udara sejuk dan tanah yang subur menjadikan desa ini "
    "dikenal dengan kebun stroberi, sayuran dataran tinggi, dan wisata alamnya.</p>"
    "<p>Sebagian besar warga bekerja sebagai petani dan pelaku usaha kecil. Pemerintah "
    "desa bersama warga terus membangun layanan publik, ekonomi desa, dan perlindungan "
    "bagi anak-anak serta kelompok rentan.</p>"
)


class Command(BaseCommand):
    help = "Memuat konten demo Desa Serang (aman dijalankan berulang kali)."

    @transaction.atomic
    def handle(self, *args, **options):
        site = Site.objects.get(is_default_site=True)
        home = self.ensure_home_page(site)
        self.ensure_village_settings(site)
        index = self.ensure_news_index(home)
        categories = self.ensure_categories()
        self.ensure_articles(index, categories)
        self.ensure_featured_articles(home)
        self.ensure_local_admin()

    def image(self, title, make_picture, file_name):
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        return Image.objects.create(
            title=title, description=title, file=as_image_file(make_picture(), file_name)
        )

    def ensure_home_page(self, site):
        if isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        placeholder = site.root_page
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Beranda",
                slug="beranda",
                seo_title="Desa Serang",
                hero_title="Selamat datang di Desa Serang",
                hero_intro=(
                    "Desa sejuk di lereng Gunung Slamet: kabar desa, tempat wisata, dan "
                    "produk buatan warga, semuanya di sini."
                ),
                hero_image=self.image(
                    "Pemandangan Desa Serang",
                    lambda: draw_landscape("#2f6f4f", "beranda"),
                    "desa-serang.jpg",
                ),
                about_text=HOME_ABOUT,
                latest_articles_count=6,
            )
        )
        home.save_revision().publish()
        # Full URLs (canonical, sharing, feed) use the site's host, so match where it is served.
        public_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = public_url.hostname
        site.port = public_url.port or (443 if public_url.scheme == "https" else 80)
        site.root_page = home
        site.site_name = "Desa Serang"
        site.save()
        # Wagtail's initial "Welcome" page is not part of the village site.
        if placeholder.depth == 2 and placeholder.specific_class is Page:
            placeholder.delete()
        self.stdout.write("Beranda dibuat.")
        return home

    def ensure_village_settings(self, site):
        village, created = VillageSettings.objects.get_or_create(site=site)
        if not created and village.village_name != "Desa":
            return
        village.village_name = "Desa Serang"
        village.tagline = "Desa sejuk di lereng Gunung Slamet"
        village.phone = "+62281891234"
        village.email = "info@desaserang.id"
        village.whatsapp = "+6281234567890"
        village.address = (
            "Jl. Raya Serang No. 1, Desa Serang\nKecamatan Karangreja, Kabupaten Purbalingga\n"
            "Jawa Tengah 53357"
        )
        village.office_hours = "Senin–Kamis, 08.00–15.00 WIB\nJumat, 08.00–11.00 WIB"
        village.facebook_url = "https://www.facebook.com/desaserang"
        village.instagram_url = "https://www.instagram.com/desaserang"
        village.youtube_url = "https://www.youtube.com/@desaserang"
        village.logo = self.image(
            "Logo Desa Serang", lambda: draw_emblem("DS", "#2f6f4f"), "logo-desa-serang.jpg"
        )
        village.save()
        self.stdout.write("Pengaturan desa dibuat.")

    def ensure_news_index(self, home):
        existing = ArticleIndexPage.objects.child_of(home).first()
        if existing:
            return existing
        index = home.add_child(
            instance=ArticleIndexPage(
                title="Berita",
                slug="berita",
                show_in_menus=True,
                intro="Kabar terbaru dari pemerintah desa dan warga Desa Serang.",
            )
        )
        index.save_revision().publish()
        self.stdout.write("Indeks berita dibuat.")
        return index

    def ensure_categories(self):
        categories = {}
        for data in demo_articles.CATEGORIES:
            categories[data["slug"]], _ = ArticleCategory.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"]},
            )
        return categories

    def ensure_articles(self, index, categories):
        created = []
        for data in demo_articles.ARTICLES:
            if ArticlePage.objects.filter(slug=data["slug"]).exists():
                continue
            created.append((self.create_article(index, categories, data), data))
        # "Baca juga" boxes point at other articles, so they are filled once all exist.
        for article, data in created:
            article.body = self.article_body(data["body"])
            article.save_revision().publish()
        if created:
            self.stdout.write(f"{len(created)} berita dibuat.")

    def create_article(self, index, categories, data):
        published = date.fromisoformat(data["date"])
        article = ArticlePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            author_name=data["author"],
            publication_date=published,
            first_published_at=timezone.make_aware(datetime.combine(published, time(8, 0))),
            cover_image=self.image(
                f"Sampul: {data['title']}",
                lambda: draw_landscape(data["image_colour"], data["slug"]),
                f"{data['slug']}.jpg",
            ),
            cover_alt_text=f"Ilustrasi pemandangan desa untuk berita “{data['title']}”",
            body=self.article_body(data["body"], with_links=False),
        )
        article.categories = [categories[slug] for slug in data["categories"]]
        article.tags.add(*data["tags"])
        index.add_child(instance=article)
        return article

    def article_body(self, blocks, with_links=True):
        body = []
        for block_type, value in blocks:
            if block_type == "also_read":
                if not with_links:
                    continue
                value = {"articles": list(ArticlePage.objects.filter(slug__in=value))}
            body.append((block_type, value))
        return body

    def ensure_featured_articles(self, home):
        if HomeFeaturedArticle.objects.filter(page=home).exists():
            return
        featured = ArticlePage.objects.filter(slug=demo_articles.ARTICLES[0]["slug"]).first()
        if featured:
            # Through a revision, so the editor shows what the live page shows.
            home.featured_articles.add(HomeFeaturedArticle(article=featured))
            home.save_revision().publish()

    def ensure_local_admin(self):
        User = get_user_model()
        if not User.objects.filter(username=LOCAL_ADMIN_USERNAME).exists():
            User.objects.create_superuser(
                LOCAL_ADMIN_USERNAME, "admin@desaserang.id", LOCAL_ADMIN_PASSWORD
            )
            self.stdout.write("Akun admin lokal dibuat.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin lokal: {settings.WAGTAILADMIN_BASE_URL}/admin/ — "
                f"pengguna '{LOCAL_ADMIN_USERNAME}', "
                f"kata sandi '{LOCAL_ADMIN_PASSWORD}' (bila belum Anda ganti)."
            )
        )
