"""Factories for the Galeri: its index page and albums with their photos."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from gallery.models import AlbumPage, AlbumPhoto, GalleryIndexPage
from tests.factories import ImageFactory


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Galeri"
    slug = "galeri"
    intro = "Foto kegiatan dan suasana desa."
    show_in_menus = True

    class Meta:
        model = GalleryIndexPage


class AlbumPageFactory(wagtail_factories.PageFactory):
    """An album with `photos` photos (3 unless told), each captioned "Foto <title> <n>".
    A live one is published through a revision, as the admin does; live=False leaves a
    draft that was never published."""

    title = factory.Sequence(lambda n: f"Kegiatan warga nomor {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    description = "Warga desa berkumpul untuk kegiatan bersama."

    class Meta:
        model = AlbumPage
        skip_postgeneration_save = True

    @factory.post_generation
    def photos(page, create, extracted, **kwargs):
        if not create:
            return
        count = 3 if extracted is None else extracted
        for number in range(1, count + 1):
            page.photos.add(AlbumPhoto(image=ImageFactory(), caption=f"Foto {page.title} {number}"))
        page.save()
        if page.live:
            page.save_revision().publish()
