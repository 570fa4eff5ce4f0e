"""The village officials (perangkat desa, Permendagri 84/2015) and the members of the
Badan Permusyawaratan Desa."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.phone import PhoneNumberField

from .base import (
    ContactPhone,
    GovernmentRecord,
    GovernmentRecordQuerySet,
    TermOfOffice,
    photo_field,
    ranked,
)


class Position(models.TextChoices):
    """The positions of Permendagri 84/2015, in the order of the organisation chart."""

    KEPALA_DESA = "kepala_desa", _("Kepala Desa")
    SEKRETARIS_DESA = "sekretaris_desa", _("Sekretaris Desa")
    KAUR_TATA_USAHA = "kaur_tata_usaha", _("Kaur Tata Usaha dan Umum")
    KAUR_KEUANGAN = "kaur_keuangan", _("Kaur Keuangan")
    KAUR_PERENCANAAN = "kaur_perencanaan", _("Kaur Perencanaan")
    KASI_PEMERINTAHAN = "kasi_pemerintahan", _("Kasi Pemerintahan")
    KASI_KESEJAHTERAAN = "kasi_kesejahteraan", _("Kasi Kesejahteraan")
    KASI_PELAYANAN = "kasi_pelayanan", _("Kasi Pelayanan")
    KEPALA_DUSUN = "kepala_dusun", _("Kepala Dusun")
    STAF = "staf", _("Staf")


# The chart's branches: the secretariat's heads of affairs and the heads of sections.
KAUR = (Position.KAUR_TATA_USAHA, Position.KAUR_KEUANGAN, Position.KAUR_PERENCANAAN)
KASI = (Position.KASI_PEMERINTAHAN, Position.KASI_KESEJAHTERAAN, Position.KASI_PELAYANAN)
# One person at a time holds each of these; dusun heads and staff are many.
SINGLE_HOLDER = (Position.KEPALA_DESA, Position.SEKRETARIS_DESA, *KAUR, *KASI)


class OfficialQuerySet(GovernmentRecordQuerySet):
    def shown(self):
        return self.filter(active=True)

    def in_hierarchy_order(self):
        return ranked(self, "position", Position)

    def for_display(self):
        """What a card shows: the photo with its renditions, loaded once for all."""
        return self.select_related("photo").prefetch_related("photo__renditions")


class Official(ContactPhone, TermOfOffice, GovernmentRecord):
    position = models.CharField(_("jabatan"), max_length=32, choices=Position.choices)
    area = models.CharField(
        _("wilayah"),
        max_length=80,
        blank=True,
        help_text=_("Untuk Kepala Dusun: nama dusunnya, misalnya 'Dusun Krajan'."),
    )
    photo = photo_field(_("foto"))
    phone = PhoneNumberField(
        _("nomor WhatsApp"),
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: 0812-3456-7890."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    active = models.BooleanField(
        _("tampilkan"),
        default=True,
        help_text=_("Matikan untuk menyembunyikan dari halaman Pemerintahan tanpa menghapus."),
    )

    objects = OfficialQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("area")], heading=_("Jabatan")),
        FieldPanel("photo"),
        FieldRowPanel(
            [FieldPanel("term_start"), FieldPanel("term_end")], heading=_("Masa jabatan")
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Kontak")),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("active")]),
        FieldPanel("site"),
    ]

    class Meta:
        verbose_name = _("perangkat desa")
        verbose_name_plural = _("perangkat desa")
        ordering = ["sort_order", "name"]

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        self.area = self.area.strip()
        if self.position == Position.KEPALA_DUSUN and not self.area:
            errors.setdefault("area", []).append(
                _("Tulis wilayah yang dipimpin Kepala Dusun, misalnya 'Dusun Krajan'.")
            )
        elif self.position and self.position != Position.KEPALA_DUSUN and self.area:
            errors.setdefault("area", []).append(
                _("Wilayah hanya diisi untuk Kepala Dusun; kosongkan untuk jabatan ini.")
            )
        if holder := self.other_holder():
            errors.setdefault("position", []).append(
                _(
                    "%(position)s yang tampil sudah ada: %(name)s. Matikan 'tampilkan' pada "
                    "data lama lebih dulu, atau pilih jabatan lain."
                )
                % {"position": self.get_position_display(), "name": holder.name}
            )
        if errors:
            raise ValidationError(errors)

    def other_holder(self):
        """Another shown official of this site in the same one-person position, if any."""
        if not (self.active and self.position in SINGLE_HOLDER and self.site_id):
            return None
        same = Official.objects.shown().filter(site_id=self.site_id, position=self.position)
        return same.exclude(pk=self.pk).first()

    @property
    def job_title(self):
        """ "Kasi Pelayanan", or for a dusun head "Kepala Dusun Krajan"."""
        title = self.get_position_display()
        if self.position != Position.KEPALA_DUSUN or not self.area:
            return title
        area = self.area
        if area.lower().startswith("dusun "):
            area = area[len("dusun ") :]
        return f"{title} {area}"


class BPDPosition(models.TextChoices):
    KETUA = "ketua", _("Ketua")
    WAKIL_KETUA = "wakil_ketua", _("Wakil Ketua")
    SEKRETARIS = "sekretaris", _("Sekretaris")
    ANGGOTA = "anggota", _("Anggota")


class BPDMemberQuerySet(GovernmentRecordQuerySet):
    def in_hierarchy_order(self):
        return ranked(self, "position", BPDPosition)

    def for_display(self):
        return self.select_related("photo").prefetch_related("photo__renditions")


class BPDMember(TermOfOffice, GovernmentRecord):
    position = models.CharField(_("jabatan"), max_length=32, choices=BPDPosition.choices)
    photo = photo_field(_("foto"))

    objects = BPDMemberQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("photo"),
        FieldRowPanel(
            [FieldPanel("term_start"), FieldPanel("term_end")], heading=_("Masa jabatan")
        ),
        FieldPanel("sort_order"),
        FieldPanel("site"),
    ]

    class Meta:
        verbose_name = _("anggota BPD")
        verbose_name_plural = _("anggota BPD")
        ordering = ["sort_order", "name"]

    @property
    def job_title(self):
        return _("%(position)s BPD") % {"position": self.get_position_display()}
