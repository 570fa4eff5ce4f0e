"""What every page type shares: the village's identity (site settings) and page metadata."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from .phone import PhoneNumberField, format_phone, whatsapp_digits


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
