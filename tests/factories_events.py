"""Factories for the agenda page and its events; times default to a week from now."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from events.models import AgendaIndexPage, EventPage


def hours_from_now(hours):
    return timezone.now() + datetime.timedelta(hours=hours)


class AgendaIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "Kegiatan warga dan pemerintah desa."
    show_in_menus = True

    class Meta:
        model = AgendaIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kegiatan desa nomor {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    start = factory.LazyFunction(lambda: hours_from_now(7 * 24))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=3))
    place = "Balai Desa Uji"
    place_address = "Jl. Raya Uji No. 1"
    organiser = "Karang Taruna"
    description = "<p>Warga diundang hadir.</p><p>Bawa alat kebersihan sendiri.</p>"

    class Meta:
        model = EventPage
