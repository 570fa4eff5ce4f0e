"""Factories for page types, snippets and site settings."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from articles.models import ArticleCategory, ArticleIndexPage, ArticlePage
from core.models import VillageSettings
from home.models import HomePage

from .blocks import ArticleBodyFactory


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Gambar {n}")
    file = factory.django.ImageField(width=1600, height=900, color="green")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Beranda"
    slug = "beranda"
    hero_title = "Selamat datang di Desa Uji"
    hero_intro = "Desa yang asri dan ramah."
    about_text = "<p>Desa Uji terletak di kaki gunung.</p>"

    class Meta:
        model = HomePage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Berita"
    slug = "berita"
    intro = "Kabar terbaru dari desa."
    show_in_menus = True

    class Meta:
        model = ArticleIndexPage


class ArticleCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))
    description = "Kategori untuk pengujian."

    class Meta:
        model = ArticleCategory
        django_get_or_create = ("slug",)


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Berita desa nomor {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    intro = "Ringkasan berita untuk pembaca."
    author_name = "Tim Redaksi"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )
    body = wagtail_factories.StreamFieldFactory(ArticleBodyFactory)

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(page, create, extracted, **kwargs):
        if extracted:
            page.categories.set(extracted)
            page.save()

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.add(*extracted)
            page.save()


class VillageSettingsFactory(factory.django.DjangoModelFactory):
    village_name = "Desa Uji"
    tagline = "Desa yang asri"
    phone = "+62281891234"
    email = "info@desauji.id"
    whatsapp = "+6281234567890"
    address = "Jl. Raya Uji No. 1"
    office_hours = "Senin–Jumat, 08.00–15.00 WIB"
    facebook_url = "https://www.facebook.com/desauji"

    class Meta:
        model = VillageSettings
        django_get_or_create = ("site",)
