"""Factories for Wisata, Produk Warga, their categories and index pages."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.models import Site

from catalog.blocks import OpeningHoursBlock, WeeklyHoursBlock
from catalog.models import (
    Product,
    ProductCategory,
    ProdukIndexPage,
    TourismCategory,
    TourismSpot,
    WisataIndexPage,
)

from .pages import ImageFactory


class TourismCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Wisata Alam {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))

    class Meta:
        model = TourismCategory
        django_get_or_create = ("slug",)


class ProductCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kerajinan {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))

    class Meta:
        model = ProductCategory
        django_get_or_create = ("slug",)


class OpeningHoursBlockFactory(wagtail_factories.StructBlockFactory):
    """One entry of the week: Monday 08:00-17:00 unless told otherwise, e.g.
    opening_hours__0__hours__days=["0", "1"] or opening_hours__0__hours__every_day=True."""

    days = factory.LazyFunction(lambda: ["0"])
    every_day = False
    closed = False
    opens_at = datetime.time(8, 0)
    closes_at = datetime.time(17, 0)

    class Meta:
        model = OpeningHoursBlock


class WeeklyHoursFactory(wagtail_factories.StreamBlockFactory):
    hours = factory.SubFactory(OpeningHoursBlockFactory)

    class Meta:
        model = WeeklyHoursBlock


class CatalogItemFactory(factory.django.DjangoModelFactory):
    """Items are published through a revision, as the admin does, unless live=False."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    slug = factory.LazyAttribute(lambda item: slugify(item.name))
    live = True

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def images(item, create, extracted, **kwargs):
        if not create:
            return
        count = 1 if extracted is None else extracted
        for number in range(count):
            item.gallery_images.add(
                item.gallery_images.model(
                    image=ImageFactory(), alt_text=f"Foto {item.name} {number + 1}"
                )
            )
        item.save()
        if not item.live:
            return
        revision = item.save_revision()
        if count:
            revision.publish()
        else:
            # Stands for an item published before photos were required, which the public
            # pages must still show well; CatalogItem.publish would refuse it today.
            PublishRevisionAction(revision).execute()


class TourismSpotFactory(CatalogItemFactory):
    name = factory.Sequence(lambda n: f"Curug Nomor {n}")
    short_description = "Air terjun yang sejuk di lereng gunung."
    description = "<p>Air terjun setinggi dua puluh meter dengan kolam jernih.</p>"
    category = factory.SubFactory(TourismCategoryFactory)
    address = "Dusun Kaliurip, Desa Uji"
    latitude = "-7.250000"
    longitude = "109.290000"
    ticket_price = 10000
    facilities = "Toilet\nMushola\nParkir"
    contact_phone = "+6281234567890"
    opening_hours = wagtail_factories.StreamFieldFactory(WeeklyHoursFactory)

    class Meta:
        model = TourismSpot


class ProductFactory(CatalogItemFactory):
    name = factory.Sequence(lambda n: f"Keripik Stroberi {n}")
    description = "<p>Keripik renyah dari stroberi petik Desa Uji.</p>"
    category = factory.SubFactory(ProductCategoryFactory)
    price = 25000
    unit = Product.Unit.PACK
    seller_name = "Ibu Sumarni"
    seller_whatsapp = "+6281398765432"
    availability = Product.Availability.AVAILABLE

    class Meta:
        model = Product


class WisataIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wisata"
    slug = "wisata"
    intro = "Anda dapat menjelajah tempat wisata di desa kami"
    show_in_menus = True

    class Meta:
        model = WisataIndexPage


class ProdukIndexPageFactory(wagtail_factories.PageFactory):
    title = "Produk Warga"
    slug = "produk"
    intro = "Jelajahi produk lokal buatan dari para warga kami untuk Anda"
    show_in_menus = True

    class Meta:
        model = ProdukIndexPage


__all__ = [
    "OpeningHoursBlockFactory",
    "ProductCategoryFactory",
    "ProductFactory",
    "ProdukIndexPageFactory",
    "TourismCategoryFactory",
    "TourismSpotFactory",
    "WeeklyHoursFactory",
    "WisataIndexPageFactory",
]
