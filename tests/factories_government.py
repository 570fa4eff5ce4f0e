"""Factories for the Pemerintahan page, its officials, BPD members and institutions."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Site

from government.models import (
    BPDMember,
    BPDPosition,
    GovernmentPage,
    Institution,
    InstitutionKind,
    Official,
    Position,
)
from tests.factories import ImageFactory


def default_site():
    return Site.objects.get(is_default_site=True)


class GovernmentPageFactory(wagtail_factories.PageFactory):
    title = "Pemerintahan"
    slug = "pemerintahan"
    intro = "Susunan pemerintah desa yang melayani warga."
    show_in_menus = True

    class Meta:
        model = GovernmentPage


class OfficialFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(default_site)
    name = factory.Sequence(lambda n: f"Perangkat Nomor {n}")
    position = Position.STAF
    term_start = datetime.date(2020, 1, 6)
    active = True

    class Meta:
        model = Official

    class Params:
        with_photo = factory.Trait(
            photo=factory.SubFactory(ImageFactory, file__width=240, file__height=240)
        )


class BPDMemberFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(default_site)
    name = factory.Sequence(lambda n: f"Anggota BPD {n}")
    position = BPDPosition.ANGGOTA
    term_start = datetime.date(2019, 12, 20)
    term_end = datetime.date(2025, 12, 20)

    class Meta:
        model = BPDMember

    class Params:
        with_photo = factory.Trait(
            photo=factory.SubFactory(ImageFactory, file__width=240, file__height=240)
        )


class InstitutionFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(default_site)
    name = factory.Sequence(lambda n: f"Lembaga {n}")
    kind = InstitutionKind.OTHER
    leader_name = "Bu Ketua"
    description = "Lembaga yang membantu warga."

    class Meta:
        model = Institution

    class Params:
        with_logo = factory.Trait(
            logo=factory.SubFactory(ImageFactory, file__width=240, file__height=240)
        )
