"""Load the Desa Serang demo site from demo/content/. Safe to run again: existing content is
left alone. Development only: it refuses to run with DEBUG off unless forced, and it never
creates the demo accounts (a superuser with a published password) with DEBUG off."""

from datetime import datetime, time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import demo.budget
import demo.documents
import demo.events
import demo.gallery
import demo.government
import demo.village_profile
from articles.models import ArticleCategory, ArticlePage
from catalog.models import (
    Product,
    ProductCategory,
    ProductImage,
    TourismCategory,
    TourismSpot,
    TourismSpotImage,
)
from demo.images import demo_image, draw_landscape
from demo.reader import ContentError, load_content
from demo.site import set_up_site
from home.models import HomeFeaturedArticle

# Each feature's demo content, loaded into the village structure's pages (a VillageSite),
# in menu order.
FEATURE_LOADERS = [
    demo.village_profile,
    demo.government,
    demo.events,
    demo.gallery,
    demo.documents,
    demo.budget,
]

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


# Where a demo product is sold or picked up; a row may leave them out.
PRODUCT_LOCATION_FIELDS = ("address", "latitude", "longitude")


def articles_by_slug(slugs):
    # Slugs are unique among siblings only, so in_bulk(field_name="slug") is not allowed.
    return {article.slug: article for article in ArticlePage.objects.filter(slug__in=slugs)}


class Command(BaseCommand):
    help = _("Memuat konten demo Desa Serang (aman dijalankan berulang kali).")

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=_(
                "Muat konten walaupun DEBUG mati (misalnya basis data benchmark); "
                "akun demo tetap tidak dibuat."
            ),
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "DEBUG mati, jadi basis data ini mungkin basis data produksi. Konten demo "
                    "hanya untuk pengembangan: jalankan dengan pengaturan dev, atau tambahkan "
                    "--force bila Anda yakin (akun demo tidak akan dibuat tanpa DEBUG)."
                )
            )
        try:
            # Every file is read and checked before anything is saved.
            content = load_content()
        except ContentError as error:
            raise CommandError(_("Konten demo tidak valid: %s") % error) from error
        with transaction.atomic():
            village = set_up_site(content.site, report=self.stdout.write)
            categories = self.ensure_categories(ArticleCategory, content.article_categories)
            self.ensure_articles(village.news, categories, content.articles)
            self.ensure_featured_articles(village.home, content.articles)
            self.ensure_catalog(village.site, content)
            self.load_features(village)
            if settings.DEBUG:
                self.ensure_local_accounts()
            else:
                self.stdout.write(
                    self.style.WARNING(
                        _("DEBUG mati: akun demo (admin, penulis, moderator) tidak dibuat.")
                    )
                )

    def load_features(self, village):
        for loader in FEATURE_LOADERS:
            try:
                loader.load(village, self.stdout.write)
            except ContentError as error:
                # Raised inside the transaction: nothing of this run is kept.
                raise CommandError(_("Konten demo tidak valid: %s") % error) from error

    def ensure_categories(self, model, rows):
        categories = {}
        for data in rows:
            categories[data["slug"]], _created = model.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"]},
            )
        return categories

    def ensure_articles(self, index, categories, articles):
        created = []
        for data in articles:
            if ArticlePage.objects.filter(slug=data["slug"]).exists():
                continue
            created.append((self.create_article(index, categories, data), data))
        # "Baca juga" boxes point at other articles, so they are filled once all exist.
        for article, data in created:
            article.body = self.article_body(data)
            article.save_revision().publish()
        if created:
            self.stdout.write(_("%d berita dibuat.") % len(created))

    def create_article(self, index, categories, data):
        article = ArticlePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            author_name=data["author"],
            author_type=data["author_type"],
            publication_date=data["date"],
            first_published_at=timezone.make_aware(datetime.combine(data["date"], time(8, 0))),
            cover_image=demo_image(
                f"Sampul: {data['title']}",
                lambda: draw_landscape(data["cover_colour"], data["slug"]),
                f"{data['slug']}.jpg",
            ),
            cover_alt_text=f"Ilustrasi pemandangan desa untuk berita “{data['title']}”",
            body=self.article_body(data, with_links=False),
        )
        article.categories = [categories[slug] for slug in data["categories"]]
        article.tags.add(*data["tags"])
        index.add_child(instance=article)
        return article

    def article_body(self, data, with_links=True):
        """The parsed body with its references made real: "Baca juga" slugs become the
        articles (in the order written) and an image block's colour a drawn picture."""
        body = []
        for number, (block_type, value) in enumerate(data["body"], start=1):
            if block_type == "also_read":
                if not with_links:
                    continue
                pages = articles_by_slug(value["articles"])
                # An editor may have renamed or deleted one since; the box keeps the others.
                chosen = [pages[slug] for slug in value["articles"] if slug in pages]
                value = {**value, "articles": chosen}
            elif block_type == "image":
                seed = f"{data['slug']}-{number}"
                picture = demo_image(
                    f"{data['title']} ({number})",
                    lambda colour=value["image"], seed=seed: draw_landscape(colour, seed),
                    f"{seed}.jpg",
                )
                value = {**value, "image": picture}
            body.append((block_type, value))
        return body

    def ensure_featured_articles(self, home, articles):
        if HomeFeaturedArticle.objects.filter(page=home).exists():
            return
        slugs = [data["slug"] for data in articles if data["featured"]]
        pages = articles_by_slug(slugs)
        featured = [pages[slug] for slug in slugs if slug in pages]
        if featured:
            # Through a revision, so the editor shows what the live page shows.
            for article in featured:
                home.featured_articles.add(HomeFeaturedArticle(article=article))
            home.save_revision().publish()

    def ensure_catalog(self, site, content):
        spot_categories = self.ensure_categories(TourismCategory, content.tourism_categories)
        product_categories = self.ensure_categories(ProductCategory, content.product_categories)
        spots = self.ensure_catalog_items(
            site, TourismSpot, TourismSpotImage, spot_categories, content.spots
        )
        if spots:
            self.stdout.write(_("%d wisata dibuat.") % spots)
        products = self.ensure_catalog_items(
            site, Product, ProductImage, product_categories, content.products
        )
        if products:
            self.stdout.write(_("%d produk warga dibuat.") % products)
        located = self.ensure_product_locations(site, content.products)
        if located:
            self.stdout.write(_("Lokasi %d produk warga diisi.") % located)

    def ensure_product_locations(self, site, rows):
        """Demo products loaded before products had a place get the one their row gives,
        published through a revision as an editor's save would be. A product with any
        location already, a draft or submission waiting, or a lock, is left as it is."""
        filled = 0
        for row in rows:
            location = {
                name: row["fields"][name]
                for name in PRODUCT_LOCATION_FIELDS
                if row["fields"].get(name) not in (None, "")
            }
            if not location:
                continue
            product = Product.objects.filter(
                site=site,
                slug=row["fields"]["slug"],
                live=True,
                has_unpublished_changes=False,
                locked=False,
                address="",
                latitude__isnull=True,
                longitude__isnull=True,
            ).first()
            if product is None:
                continue
            for name, value in location.items():
                setattr(product, name, value)
            product.full_clean()
            product.save_revision().publish()
            filled += 1
        return filled

    def ensure_catalog_items(self, site, model, image_model, categories, rows):
        created = 0
        for row in rows:
            if model.objects.filter(site=site, slug=row["fields"]["slug"]).exists():
                continue
            item = model(site=site, category=categories[row["category"]], live=False)
            for name, value in row["fields"].items():
                setattr(item, name, value)
            self.add_gallery(item, image_model, row["gallery"])
            # Validates the data and stores phone numbers as editors' forms would (E.164).
            item.full_clean()
            # As Wagtail's snippet editor publishes: save a draft, then publish its revision.
            item.save()
            item.save_revision().publish()
            created += 1
        return created

    def add_gallery(self, item, image_model, gallery):
        """One drawn landscape per colour, described by the matching alt text."""
        kind = item._meta.verbose_name.capitalize()
        for number, picture in enumerate(gallery, start=1):
            seed = f"{item.slug}-{number}"
            image = demo_image(
                f"{kind}: {item.name} ({number})",
                lambda colour=picture["colour"], seed=seed: draw_landscape(colour, seed),
                f"{seed}.jpg",
            )
            item.gallery_images.add(image_model(image=image, alt_text=picture["alt_text"]))

    def ensure_local_accounts(self):
        """Accounts for trying each role on a development machine (DEBUG on only)."""
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
            self.stdout.write(_("Akun %s dibuat.") % account["username"])
        self.stdout.write(
            self.style.SUCCESS(_("Admin: %s/admin/") % settings.WAGTAILADMIN_BASE_URL)
        )
        for account in LOCAL_ACCOUNTS:
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "  %(role)s: pengguna '%(username)s', kata sandi '%(password)s' "
                        "(bila belum Anda ganti)"
                    )
                    % account
                )
            )
