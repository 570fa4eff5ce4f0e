"""The village's community institutions (lembaga kemasyarakatan desa): LPM, PKK, Karang
Taruna, RT/RW, Posyandu, BUMDes, Linmas and others."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.phone import PhoneNumberField

from .base import ContactPhone, GovernmentRecord, GovernmentRecordQuerySet, photo_field


class InstitutionKind(models.TextChoices):
    LPM = "lpm", _("LPM")
    PKK = "pkk", _("PKK")
    KARANG_TARUNA = "karang_taruna", _("Karang Taruna")
    RT_RW = "rt_rw", _("RT/RW")
    POSYANDU = "posyandu", _("Posyandu")
    BUMDES = "bumdes", _("BUMDes")
    LINMAS = "linmas", _("Linmas")
    OTHER = "lainnya", _("Lainnya")


class InstitutionQuerySet(GovernmentRecordQuerySet):
    def for_display(self):
        return self.select_related("logo").prefetch_related("logo__renditions")


class Institution(ContactPhone, GovernmentRecord):
    kind = models.CharField(_("jenis lembaga"), max_length=32, choices=InstitutionKind.choices)
    leader_name = models.CharField(_("nama ketua"), max_length=120, blank=True)
    description = models.TextField(
        _("deskripsi"), blank=True, help_text=_("Tugas dan kegiatan lembaga, satu-dua kalimat.")
    )
    member_count = models.PositiveIntegerField(
        _("jumlah anggota"), null=True, blank=True, help_text=_("Kosongkan bila tidak tahu.")
    )
    contact_phone = PhoneNumberField(
        _("kontak (WhatsApp)"), blank=True, help_text=_("Contoh: 0812-3456-7890.")
    )
    logo = photo_field(_("logo atau foto"))

    objects = InstitutionQuerySet.as_manager()
    phone_field = "contact_phone"

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("leader_name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("member_count"), FieldPanel("contact_phone")]),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
        FieldPanel("site"),
    ]

    class Meta:
        verbose_name = _("lembaga desa")
        verbose_name_plural = _("lembaga desa")
        ordering = ["sort_order", "name"]
