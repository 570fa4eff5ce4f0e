"""Load the Desa Serang demo site. Safe to run again: existing content is left alone."""

from datetime import date, datetime, time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from articles.models import ArticleCategory, ArticleIndexPage, ArticlePage
from catalog.models import (
    Product,
    ProductCategory,
    ProductImage,
    ProdukIndexPage,
    TourismCategory,
    TourismSpot,
    TourismSpotImage,
    WisataIndexPage,
)
from core.models import VillageSettings
from demo import articles as demo_articles
from demo import catalog as demo_catalog
from demo.images import as_image_file, draw_emblem, draw_landscape
from home.models import HomeFeaturedArticle, HomePage

LOCAL_ACCOUNTS = [
    {
        "username": "admin",
        "password": "desa-serang",
        "email": "admin@desaserang.id",
        "name": "Admin",
        "role": "Admin (superuser)",
        "group": None,
    },
    {
        "username": "penulis",
        "password": "penulis-serang",
        "email": "penulis@desaserang.id",
        "name": "Sri Penulis",
        "role": "Penulis",
        "group": "Penulis",
    },
    {
        "username": "moderator",
        "password": "moderator-serang",
        "email": "moderator@desaserang.id",
        "name": "Bambang Moderator",
        "role": "Moderator",
        "group": "Moderator",
    },
]

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
        self.ensure_catalog_pages(home)
        self.ensure_catalog(site)
        self.ensure_local_accounts()

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
        welcome_page = site.root_page
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
        if welcome_page.depth == 2 and welcome_page.specific_class is Page:
            welcome_page.delete()
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

    def ensure_index(self, home, page_class, **fields):
        """The home page's child of this type, created and published (in menus) if missing."""
        existing = page_class.objects.child_of(home).first()
        if existing:
            return existing
        index = home.add_child(instance=page_class(show_in_menus=True, **fields))
        index.save_revision().publish()
        self.stdout.write(f"{page_class._meta.verbose_name.capitalize()} dibuat.")
        return index

    def ensure_news_index(self, home):
        return self.ensure_index(
            home,
            ArticleIndexPage,
            title="Berita",
            slug="berita",
            intro="Kabar terbaru dari pemerintah desa dan warga Desa Serang.",
        )

    def ensure_catalog_pages(self, home):
        self.ensure_index(
            home,
            WisataIndexPage,
            title="Wisata",
            slug="wisata",
            intro="Anda dapat menjelajah tempat wisata di desa kami",
        )
        self.ensure_index(
            home,
            ProdukIndexPage,
            title="Produk Warga",
            slug="produk",
            intro="Jelajahi produk lokal buatan dari para warga kami untuk Anda",
        )

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

    def ensure_catalog(self, site):
        spot_categories = self.ensure_catalog_categories(
            TourismCategory, demo_catalog.TOURISM_CATEGORIES
        )
        product_categories = self.ensure_catalog_categories(
            ProductCategory, demo_catalog.PRODUCT_CATEGORIES
        )
        spots = self.ensure_catalog_items(
            site, TourismSpot, TourismSpotImage, spot_categories, demo_catalog.SPOTS
        )
        if spots:
            self.stdout.write(f"{spots} wisata dibuat.")
        products = self.ensure_catalog_items(
            site, Product, ProductImage, product_categories, demo_catalog.PRODUCTS
        )
        if products:
            self.stdout.write(f"{products} produk warga dibuat.")

    def ensure_catalog_categories(self, model, rows):
        categories = {}
        for data in rows:
            categories[data["slug"]], _ = model.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"]},
            )
        return categories

    def ensure_catalog_items(self, site, model, image_model, categories, rows):
        created = 0
        for data in rows:
            if model.objects.filter(site=site, slug=data["slug"]).exists():
                continue
            item = model(site=site, category=categories[data["category"]], live=False)
            if model is TourismSpot:
                self.fill_spot(item, data)
            else:
                self.fill_product(item, data)
            self.add_gallery(item, image_model, data)
            # Validates the data and stores phone numbers as editors' forms would (E.164).
            item.full_clean()
            # As Wagtail's snippet editor publishes: save a draft, then publish its revision.
            item.save()
            item.save_revision().publish()
            created += 1
        return created

    def add_gallery(self, item, image_model, data):
        """One drawn landscape per colour, described by the matching alt text."""
        kind = item._meta.verbose_name.capitalize()
        pictures = zip(data["colours"], data["image_alts"], strict=True)
        for number, (colour, alt_text) in enumerate(pictures, start=1):
            seed = f"{data['slug']}-{number}"
            image = self.image(
                f"{kind}: {data['name']} ({number})",
                lambda colour=colour, seed=seed: draw_landscape(colour, seed),
                f"{seed}.jpg",
            )
            item.gallery_images.add(image_model(image=image, alt_text=alt_text))

    def fill_spot(self, spot, data):
        spot.name = data["name"]
        spot.slug = data["slug"]
        spot.short_description = data["short_description"]
        spot.description = data["description"]
        spot.address = data["address"]
        spot.latitude = data["latitude"]
        spot.longitude = data["longitude"]
        spot.ticket_price = data["ticket_price"]
        spot.facilities = "\n".join(data["facilities"])
        spot.contact_phone = data["contact_phone"]
        spot.featured = data["featured"]
        spot.opening_hours = [
            (
                "day",
                {
                    "day": day,
                    "closed": opens is None,
                    "opens_at": time.fromisoformat(opens) if opens else None,
                    "closes_at": time.fromisoformat(closes) if closes else None,
                },
            )
            for day, opens, closes in data["hours"]
        ]
        spot.opening_hours_note = data["opening_hours_note"]

    def fill_product(self, product, data):
        product.name = data["name"]
        product.slug = data["slug"]
        product.description = data["description"]
        product.price = data["price"]
        product.unit = data["unit"]
        product.original_price = data["original_price"]
        product.seller_name = data["seller_name"]
        product.seller_whatsapp = data["seller_whatsapp"]
        product.availability = data["availability"]
        product.featured = data["featured"]

    def ensure_local_accounts(self):
        """Local-only accounts for trying each role; production never runs this loader."""
        User = get_user_model()
        for account in LOCAL_ACCOUNTS:
            if User.objects.filter(username=account["username"]).exists():
                continue
            user = User.objects.create_user(
                account["username"],
                account["email"],
                account["password"],
                first_name=account["name"],
                is_superuser=account["group"] is None,
                is_staff=account["group"] is None,
            )
            if account["group"]:
                user.groups.add(Group.objects.get(name=account["group"]))
            self.stdout.write(f"Akun {account['username']} dibuat.")
        self.stdout.write(self.style.SUCCESS(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/"))
        for account in LOCAL_ACCOUNTS:
            self.stdout.write(
                self.style.SUCCESS(
                    f"  {account['role']}: pengguna '{account['username']}', "
                    f"kata sandi '{account['password']}' (bila belum Anda ganti)"
                )
            )
