"""What every page type shares: the village's identity (site settings) and page metadata."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from .phone import PhoneNumberField, format_phone, whatsapp_digits

COORDINATE_PRECISION = Decimal("0.000001")
LATITUDE_MESSAGE = _("Lintang harus antara -90 dan 90, misalnya -7.2435.")
LONGITUDE_MESSAGE = _("Bujur harus antara -180 dan 180, misalnya 109.2946.")


def rounded_coordinate(value):
    """Six decimals (about ten centimetres), as catalog items keep them; map links give up to
    fifteen, which are rounded rather than refused. What cannot be degrees is left for the
    field's checks to refuse."""
    if value is None or not value.is_finite() or abs(value) >= 1000:
        return value
    return value.quantize(COORDINATE_PRECISION, ROUND_HALF_UP)


class CoordinateFormField(forms.DecimalField):
    """Refuses degrees beyond the limit with the field's own message, before Django's
    message about the number of digits."""

    def __init__(self, *, limit, message, **kwargs):
        self.limit, self.message = limit, message
        super().__init__(**kwargs)
        self.widget.attrs["step"] = "any"

    def to_python(self, value):
        return rounded_coordinate(super().to_python(value))

    def validate(self, value):
        super().validate(value)
        if value is not None and abs(value) > self.limit:
            raise ValidationError(self.message, code="out_of_range")


class CoordinateField(models.DecimalField):
    """Degrees of latitude (limit 90) or longitude (limit 180), rounded to six decimals."""

    def __init__(self, *args, limit=180, message=None, **kwargs):
        self.limit, self.message = limit, message
        kwargs.update(
            max_digits=9,
            decimal_places=6,
            validators=[
                MinValueValidator(-limit, message=message),
                MaxValueValidator(limit, message=message),
            ],
        )
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for implied in ("max_digits", "decimal_places", "validators"):
            kwargs.pop(implied, None)
        return name, path, args, {**kwargs, "limit": self.limit, "message": self.message}

    def to_python(self, value):
        return rounded_coordinate(super().to_python(value))

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": CoordinateFormField,
                "limit": self.limit,
                "message": self.message,
                **kwargs,
            }
        )


@register_setting(icon="home")
class VillageSettings(BaseSiteSetting):
    """Who the village is and how to reach its office; one record per site."""

    village_name = models.CharField(_("nama desa"), max_length=100, default="Desa")
    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        help_text=_("Kalimat singkat di bawah nama desa, misalnya 'Desa wisata yang asri'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar bagikan bawaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Dipakai saat tautan dibagikan dan halaman tidak punya gambar sendiri."),
    )
    phone = PhoneNumberField(
        _("telepon"), blank=True, help_text=_("Contoh: 0281-891234 atau 0812-3456-7890.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    whatsapp = PhoneNumberField(
        _("WhatsApp"), blank=True, help_text=_("Nomor WhatsApp kantor desa.")
    )
    address = models.TextField(_("alamat kantor desa"), blank=True)
    office_hours = models.TextField(
        _("jam pelayanan"),
        blank=True,
        help_text=_("Contoh: Senin–Jumat, 08.00–15.00 WIB."),
    )
    office_latitude = CoordinateField(
        _("lintang kantor desa"),
        limit=90,
        message=LATITUDE_MESSAGE,
        null=True,
        blank=True,
        help_text=_(
            "Untuk tautan petunjuk arah di halaman Kontak. Di Google Maps, tekan lama titik "
            "kantor desa lalu salin angka pertama, misalnya -7.2435."
        ),
    )
    office_longitude = CoordinateField(
        _("bujur kantor desa"),
        limit=180,
        message=LONGITUDE_MESSAGE,
        null=True,
        blank=True,
        help_text=_("Angka kedua dari Google Maps, misalnya 109.2946."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    tiktok_url = models.URLField(_("TikTok"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("village_name"),
                FieldPanel("tagline"),
                FieldPanel("logo"),
                FieldPanel("share_image"),
            ],
            heading=_("Identitas desa"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("whatsapp"),
                FieldPanel("address"),
                FieldPanel("office_hours"),
            ],
            heading=_("Kontak kantor desa"),
        ),
        MultiFieldPanel(
            [FieldPanel("office_latitude"), FieldPanel("office_longitude")],
            heading=_("Lokasi kantor desa"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("tiktok_url"),
            ],
            heading=_("Media sosial"),
        ),
    ]

    class Meta:
        verbose_name = _("pengaturan desa")

    def clean(self):
        super().clean()
        latitude_set = self.office_latitude is not None
        if latitude_set != (self.office_longitude is not None):
            missing = "office_longitude" if latitude_set else "office_latitude"
            raise ValidationError(
                {missing: _("Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.")}
            )

    @property
    def has_office_location(self):
        return self.office_latitude is not None and self.office_longitude is not None

    @property
    def has_office_contact(self):
        """Whether the settings say anything about where and how to reach the office."""
        return self.has_office_location or any(
            [self.address, self.office_hours, self.phone, self.whatsapp, self.email]
        )

    @property
    def phone_display(self):
        return format_phone(self.phone)

    @property
    def whatsapp_display(self):
        return format_phone(self.whatsapp)

    @property
    def whatsapp_url(self):
        return f"https://wa.me/{whatsapp_digits(self.whatsapp)}" if self.whatsapp else ""

    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("TikTok", self.tiktok_url),
        ]
        return [{"name": name, "url": url} for name, url in links if url]


class SitePage(Page):
    """Head metadata every public page shares: description and share image."""

    class Meta:
        abstract = True

    @cached_property
    def breadcrumbs(self):
        """The pages above this one, home page first, for the breadcrumb trail (one query,
        made only by the templates that show the trail)."""
        return list(self.get_ancestors().filter(depth__gt=1))

    def meta_description(self):
        return self.search_description

    def social_image(self):
        return None

    def search_text(self):
        """Plain text that search results quote from."""
        return self.meta_description()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        village = VillageSettings.for_request(request)
        image = self.social_image() or village.share_image or village.logo
        context["social_image_url"] = social_image_url(request, image)
        return context


SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def social_image_url(request, image):
    """Absolute URL of the image link previews show (WhatsApp, Facebook, X)."""
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE_SPEC).url)
