"""What the government records share: the village site they belong to, their place in a
list, a photo, a term of office, and the purge of the Pemerintahan page that shows them."""

from urllib.parse import urlsplit

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.phone import format_phone, whatsapp_digits
from core.sites import default_site_id

# government.css defines .tone-0 to .tone-5.
PLACEHOLDER_TONES = 6


def initials_of(name):
    """Two letters for a portrait placeholder: "Drs. H. Sugeng Riyadi, S.Pd." -> "SR".
    Titles (words ending in a dot) and what follows a comma are degrees, not the name."""
    words = [
        word for word in name.split(",")[0].split() if word[:1].isalpha() and not word.endswith(".")
    ]
    if not words:
        return name.strip()[:1].upper()
    letters = words[0][0] if len(words) == 1 else words[0][0] + words[-1][0]
    return letters.upper()


def ranked(queryset, field, choices):
    """Order by the position's rank in `choices` (its order of declaration), then by the
    editor's order and the name."""
    whens = [When(**{field: value}, then=Value(rank)) for rank, value in enumerate(choices.values)]
    rank = Case(
        *whens,
        default=Value(len(choices.values)),
        output_field=IntegerField(),
    )
    return queryset.annotate(position_rank=rank).order_by("position_rank", "sort_order", "name")


class GovernmentRecordQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)


class GovernmentRecord(models.Model):
    """A person or body shown on a village's Pemerintahan page."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("situs desa"),
        on_delete=models.CASCADE,
        default=default_site_id,
        related_name="+",
    )
    name = models.CharField(_("nama"), max_length=120)
    sort_order = models.IntegerField(
        _("urutan"),
        default=0,
        help_text=_("Angka kecil tampil lebih dulu di antara yang jabatannya sama."),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def initials(self):
        return initials_of(self.name)

    @property
    def tone(self):
        """Which of the placeholder colours (government.css) its initials are drawn on."""
        return (self.pk or 0) % PLACEHOLDER_TONES

    def paths_showing_it(self):
        """The live Pemerintahan pages of its village site, for purging the page cache."""
        page_model = apps.get_model("government", "GovernmentPage")
        site = Site.objects.filter(pk=self.site_id).select_related("root_page").first()
        if site is None:
            return []
        pages = page_model.objects.live().descendant_of(site.root_page, inclusive=True)
        paths = [urlsplit(url).path for url in (page.get_url() for page in pages) if url]
        return paths


class TermOfOffice(models.Model):
    """Start and optional end of a term, checked to run forwards."""

    term_start = models.DateField(_("awal masa jabatan"))
    term_end = models.DateField(
        _("akhir masa jabatan"),
        null=True,
        blank=True,
        help_text=_("Kosongkan bila belum ditentukan."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError(
                {
                    "term_end": _(
                        "Akhir masa jabatan (%(end)s) tidak boleh sebelum awal masa jabatan "
                        "(%(start)s)."
                    )
                    % {
                        "end": date_format(self.term_end, "j F Y"),
                        "start": date_format(self.term_start, "j F Y"),
                    }
                }
            )

    @property
    def term_text(self):
        """ "17 Agustus 2019 – 17 Agustus 2025", or "sejak 3 Januari 2022" without an end."""
        start = date_format(self.term_start, "j F Y")
        if self.term_end is None:
            return _("sejak %(start)s") % {"start": start}
        return f"{start} – {date_format(self.term_end, 'j F Y')}"


class ContactPhone:
    """The formatted number and its WhatsApp link, for a model with a `phone` field."""

    phone_field = "phone"

    @property
    def phone_display(self):
        return format_phone(getattr(self, self.phone_field))

    @property
    def whatsapp_url(self):
        number = getattr(self, self.phone_field)
        return f"https://wa.me/{whatsapp_digits(number)}" if number else ""


def photo_field(verbose_name):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
