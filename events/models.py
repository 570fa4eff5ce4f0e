"""The village agenda: events as pages under the Agenda page, with their iCalendar files."""

import re
from html import unescape

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.models import SitePage, VillageSettings
from core.pagination import paginate
from core.purge import public_path
from core.sites import current_site
from core.visibility import visible_pages

from . import calendar, dates
from .structured_data import event_jsonld

# The address both calendar routes answer (the whole agenda, and one event), so no event
# may take it as its own address.
CALENDAR_ROUTE = "kalender/"
RESERVED_SLUGS = {"kalender"}
HOME_UPCOMING_COUNT = 3
# Rich text to plain text: paragraphs apart, list items as "- " lines.
PLAIN_TEXT_BREAKS = [
    (re.compile(r"<li\b[^>]*>", re.IGNORECASE), "\n- "),
    (re.compile(r"</(?:p|h[1-6]|blockquote|ul|ol)>", re.IGNORECASE), "\n\n"),
    (re.compile(r"<br\s*/?>", re.IGNORECASE), "\n"),
]
BLANK_LINES = re.compile(r"\n{3,}")


def calendar_name(agenda, village_name):
    return f"{agenda.title} – {village_name}"


def calendar_response(content, filename=None):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    if filename:
        # Slugs may be Unicode; this header writes them as RFC 6266 asks.
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class EventPageQuerySet(PageQuerySet):
    def visible(self):
        """Live events outside every private section, checked inside the query itself."""
        return visible_pages(self)

    def with_images(self):
        """With each event's image and its renditions, for cards that show the image."""
        return self.select_related("image").prefetch_related("image__renditions")

    def upcoming(self, now):
        """Events not yet over, soonest first: an event is upcoming until its end."""
        return self.filter(end__gte=now).order_by("start", "pk")

    def past(self, now):
        """Events that are over, the latest first."""
        return self.filter(end__lt=now).order_by("-start", "-pk")


class AgendaIndexPage(RoutablePageMixin, SitePage):
    intro = models.TextField(
        _("pengantar"), blank=True, help_text=_("Kalimat pembuka di atas daftar agenda.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    past_per_page = 12

    class Meta:
        verbose_name = _("halaman agenda")

    def meta_description(self):
        return self.search_description or self.intro

    def events(self):
        return EventPage.objects.child_of(self).visible()

    def upcoming_events(self, now=None):
        return self.events().upcoming(now or timezone.now())

    def next_events(self, now=None):
        """The few events the home page shows, with their images."""
        return self.upcoming_events(now).with_images()[:HOME_UPCOMING_COUNT]

    def paths_showing_it(self):
        """The calendar feed carries the agenda's title, for purging the page cache."""
        own = public_path(self)
        return [f"{own}{CALENDAR_ROUTE}"] if own else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        page_obj, page_range = paginate(
            self.events().past(now), self.past_per_page, request.GET.get("page")
        )
        # Later pages page through past events only; what is coming is on the first.
        upcoming = list(self.upcoming_events(now)) if page_obj.number == 1 else []
        for event in upcoming:
            event.is_ongoing = event.start <= now
        context.update(
            upcoming_groups=dates.group_by_month(upcoming),
            past_groups=dates.group_by_month(page_obj.object_list),
            page_obj=page_obj,
            page_range=page_range,
        )
        return context

    @path(CALENDAR_ROUTE, name="calendar")
    def calendar(self, request):
        """Every visible event of the agenda as one iCalendar feed to subscribe to."""
        village = VillageSettings.for_request(request)
        events = self.events().order_by("start", "pk")
        host = current_site(request).hostname
        content = calendar.build_calendar(
            events, request, host, calendar_name(self, village.village_name)
        )
        return calendar_response(content)


class EventPage(RoutablePageMixin, SitePage):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Sesuai jadwal")
        POSTPONED = "postponed", _("Ditunda")
        CANCELLED = "cancelled", _("Dibatalkan")

    start = models.DateTimeField(
        _("mulai"), help_text=_("Tanggal dan jam mulai, Waktu Indonesia Barat (WIB).")
    )
    end = models.DateTimeField(
        _("selesai"),
        help_text=_(
            "Tanggal dan jam selesai (WIB). Untuk acara sepanjang hari cukup tanggal hari "
            "terakhirnya; jamnya diabaikan."
        ),
    )
    all_day = models.BooleanField(
        _("sepanjang hari"),
        default=False,
        help_text=_("Centang bila acara berlangsung seharian penuh, satu hari atau beberapa hari."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    place = models.CharField(_("tempat"), max_length=200, help_text=_("Contoh: Balai Desa Serang."))
    place_address = models.TextField(_("alamat tempat"), blank=True)
    organiser = models.CharField(
        _("penyelenggara"),
        max_length=200,
        blank=True,
        help_text=_("Kosongkan bila penyelenggaranya pemerintah desa."),
    )
    description = RichTextField(
        _("keterangan acara"), features=["bold", "italic", "link", "ol", "ul"]
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        _("teks alternatif gambar"),
        max_length=250,
        blank=True,
        help_text=_("Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()
    # Set on the events a listing shows that have started but not yet ended.
    is_ongoing = False

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day"), FieldPanel("status")],
            heading=_("Waktu"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("place_address"), FieldPanel("organiser")],
            heading=_("Tempat dan penyelenggara"),
        ),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt_text")], heading=_("Gambar")),
    ]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("Untuk mesin pencari"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("place", boost=1),
        index.SearchField("organiser"),
        index.SearchField("description"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types = ["events.AgendaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("acara")
        verbose_name_plural = _("acara")
        indexes = [models.Index(fields=["end", "start"], name="event_end_start")]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.ends_before_start():
            errors["end"] = _("Waktu selesai tidak boleh sebelum waktu mulai.")
        if self.image_id and not self.image_alt_text.strip():
            errors["image_alt_text"] = _("Isi teks alternatif untuk gambar acara.")
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("Alamat '%(slug)s' dipakai oleh situs; pilih alamat lain.") % {
                "slug": self.slug
            }
        if errors:
            raise ValidationError(errors)
        self.span_whole_days()

    def ends_before_start(self):
        if self.all_day:
            return dates.local(self.end).date() < dates.local(self.start).date()
        return self.end < self.start

    def span_whole_days(self):
        """An all-day event runs from midnight of its first day to the end of its last."""
        if self.all_day and self.start and self.end:
            self.start = dates.start_of_day(dates.local(self.start).date())
            self.end = dates.end_of_day(dates.local(self.end).date())

    def save(self, *args, **kwargs):
        self.span_whole_days()
        return super().save(*args, **kwargs)

    @property
    def local_start(self):
        return dates.local(self.start)

    @property
    def local_end(self):
        return dates.local(self.end)

    def when_text(self):
        return dates.when_text(self.start, self.end, self.all_day)

    @property
    def is_scheduled(self):
        return self.status == self.Status.SCHEDULED

    def plain_description(self):
        """The description as plain text with its paragraphs, for calendars and JSON-LD."""
        html = self.description
        for pattern, replacement in PLAIN_TEXT_BREAKS:
            html = pattern.sub(replacement, html)
        lines = [" ".join(line.split()) for line in unescape(strip_tags(html)).splitlines()]
        return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()

    def location_text(self):
        address = " ".join(self.place_address.split())
        return f"{self.place}, {address}" if address else self.place

    def meta_description(self):
        return self.search_description or f"{self.when_text()} · {self.place}"

    def search_text(self):
        return self.plain_description()

    def social_image(self):
        return self.image

    def paths_showing_it(self):
        """Both calendar files that carry the event, for purging the page cache (core purges
        the event, the agenda page and the home page as its ancestors)."""
        paths = [public_path(self), public_path(self.get_parent())]
        return [f"{each}{CALENDAR_ROUTE}" for each in paths if each]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        village = VillageSettings.for_request(request)
        context["index_page"] = self.breadcrumbs[-1]
        context["is_over"] = self.end < timezone.now()
        context["event_jsonld"] = event_jsonld(
            self,
            self.get_full_url(request),
            context["social_image_url"],
            village.village_name,
        )
        return context

    @path(CALENDAR_ROUTE, name="calendar")
    def calendar(self, request):
        """This event alone, for "Tambahkan ke kalender"."""
        village = VillageSettings.for_request(request)
        content = calendar.build_calendar(
            [self],
            request,
            current_site(request).hostname,
            calendar_name(self.get_parent(), village.village_name),
        )
        return calendar_response(content, filename=f"{self.slug}.ics")
