"""Wisata: tourist spots with location, weekly opening hours, ticket price and facilities."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.phone import PhoneNumberField, format_phone

from ..blocks import WeeklyHoursBlock
from ..opening_hours import WEEK, collapsed_week, week_from_entries, weekday_name
from ..structured_data import tourist_attraction_jsonld
from .base import (
    CatalogCategory,
    CatalogItem,
    GalleryImage,
    LocatedItem,
    catalog_edit_handler,
    gallery_panel,
    location_panel,
)


class TourismCategory(CatalogCategory):
    class Meta(CatalogCategory.Meta):
        verbose_name = _("kategori wisata")
        verbose_name_plural = _("kategori wisata")


class TourismSpot(LocatedItem, CatalogItem):
    short_description = models.CharField(
        _("deskripsi singkat"),
        max_length=250,
        help_text=_("Satu kalimat untuk kartu daftar wisata dan saat dibagikan."),
    )
    description = RichTextField(
        _("deskripsi"), features=["bold", "italic", "link", "ol", "ul", "h3"]
    )
    category = models.ForeignKey(
        TourismCategory,
        verbose_name=_("kategori"),
        on_delete=models.PROTECT,
        related_name="spots",
    )
    opening_hours = StreamField(
        WeeklyHoursBlock(), verbose_name=_("jam buka"), blank=True, use_json_field=True
    )
    opening_hours_note = models.CharField(
        _("catatan jam buka"),
        max_length=250,
        blank=True,
        help_text=_("Misalnya: 'Tutup saat hari raya' atau 'Buka lebih lama saat liburan'."),
    )
    ticket_price = models.PositiveIntegerField(
        _("harga tiket (Rp)"), default=0, help_text=_("Isi 0 bila gratis.")
    )
    facilities = models.TextField(
        _("fasilitas"), blank=True, help_text=_("Satu fasilitas per baris, misalnya 'Toilet'.")
    )
    contact_phone = PhoneNumberField(
        _("telepon/WhatsApp pengelola"),
        blank=True,
        help_text=_("Contoh: 0812-3456-7890. Dipakai untuk tombol 'Hubungi pengelola'."),
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="tourism_spot",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="tourism_spot",
        for_concrete_model=False,
    )

    price_field = "ticket_price"
    index_page_model = "catalog.WisataIndexPage"
    detail_template = "catalog/tourism_spot_detail.html"

    edit_handler = catalog_edit_handler(
        [
            TitleFieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("category"),
            FieldPanel("short_description"),
            FieldPanel("description"),
            gallery_panel(),
            location_panel(heading=_("Lokasi")),
            MultiFieldPanel(
                [FieldPanel("opening_hours"), FieldPanel("opening_hours_note")],
                heading=_("Jam buka"),
            ),
            FieldPanel("ticket_price"),
            FieldPanel("facilities"),
            FieldPanel("contact_phone"),
        ]
    )

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("short_description", boost=1),
        index.SearchField("description"),
        index.RelatedFields("category", [index.SearchField("name", boost=2)]),
        index.FilterField("category"),
        index.FilterField("site"),
        index.FilterField("live"),
        index.FilterField("ticket_price"),
        index.FilterField("name"),
        index.FilterField("first_published_at"),
        index.FilterField("id"),
        index.FilterField("pk"),
    ]

    class Meta(CatalogItem.Meta):
        verbose_name = _("wisata")
        verbose_name_plural = _("wisata")

    def meta_description(self):
        return self.short_description

    def search_text(self):
        return f"{self.short_description} {self.plain_description()}"

    def facility_list(self):
        return [line.strip() for line in self.facilities.splitlines() if line.strip()]

    def whatsapp_number(self):
        return self.contact_phone

    def whatsapp_message(self, url):
        return f"Halo, saya ingin bertanya tentang wisata {self.name}: {url}"

    def contact_phone_display(self):
        return format_phone(self.contact_phone)

    def week(self):
        """{weekday: DayHours} for the days the editors filled in (0 = Monday)."""
        return week_from_entries(child.value for child in self.opening_hours)

    def weekly_hours(self):
        """The hours of each day filled in, Monday to Sunday."""
        week = self.week()
        return [week[weekday] for weekday in sorted(week)]

    def week_schedule(self):
        """Seven rows, Monday to Sunday; a day editors left out is closed."""
        week = self.week()
        today = timezone.localdate().weekday()
        return [
            {"name": weekday_name(day), "hours": week.get(day), "is_today": day == today}
            for day in WEEK
        ]

    def hours_table(self):
        """The week as the detail page shows it: days with the same hours on one row."""
        return collapsed_week(self.week(), today=timezone.localdate().weekday())

    def is_open_at(self, moment):
        local = timezone.localtime(moment)
        day = self.week().get(local.weekday())
        return day is not None and day.is_open_at(local)

    def is_open_now(self):
        return self.is_open_at(timezone.now())

    def today_weekday(self):
        return timezone.localdate().weekday()

    def jsonld(self, url, image_url):
        return tourist_attraction_jsonld(self, url, image_url)


class TourismSpotImage(GalleryImage):
    spot = ParentalKey(TourismSpot, on_delete=models.CASCADE, related_name="gallery_images")
