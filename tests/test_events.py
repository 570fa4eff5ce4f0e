"""The agenda: events under the Agenda page, listed as upcoming and past by month, each with
its page, JSON-LD and iCalendar file; the agenda's calendar feed; the home page's "Agenda
terdekat"; the admin form; purges; query budgets; and the demo agenda."""

import datetime
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import rich_text

from core import page_cache
from core.purge import paths_showing_page
from demo import events as demo_events
from events.dates import JAKARTA
from events.models import EventPage
from tests.factories import ImageFactory
from tests.factories_events import AgendaIndexPageFactory, EventPageFactory
from tests.helpers import (
    PAGE_FORM,
    form_data,
    get_soup,
    jsonld_of_type,
    logged_in,
    soup,
    steady_state_get,
)

# Anonymous page views, first uncached response (see test_query_budgets.py), and the
# calendar files. Measured on SQLite; budget = measured + 2.
BUDGETS = {
    "agenda": 17,  # measured 15
    "event": 20,  # measured 18
    "agenda calendar": 11,  # measured 9
    "event calendar": 12,  # measured 10
}


@pytest.fixture
def agenda(home_page, village):
    return AgendaIndexPageFactory(parent=home_page)


def at(day, hour=0, minute=0, month=8, year=2025):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=JAKARTA)


def from_now(**delta):
    return timezone.now() + datetime.timedelta(**delta)


def event_at(agenda, title, start, duration=datetime.timedelta(hours=2), **fields):
    return EventPageFactory(parent=agenda, title=title, start=start, end=start + duration, **fields)


def calendar_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def titles(cards):
    return [card.select_one(".event-card-title").get_text(strip=True) for card in cards]


def section(page_soup, heading_id):
    return page_soup.find(attrs={"aria-labelledby": heading_id})


# --- Dates as readers see them --------------------------------------------------------------


def test_event_times_read_in_western_indonesian_time():
    event = EventPage(start=at(17, 8), end=at(17, 11), all_day=False)
    assert event.when_text() == "Minggu, 17 Agustus 2025, 08.00–11.00 WIB"


def test_an_event_over_several_days_names_both_days_and_times():
    event = EventPage(start=at(17, 19, 30), end=at(18, 1), all_day=False)
    assert event.when_text() == (
        "Minggu, 17 Agustus 2025, 19.30 WIB – Senin, 18 Agustus 2025, 01.00 WIB"
    )


def test_an_all_day_event_shows_its_days_without_times():
    event = EventPage(start=at(16, 9), end=at(18, 9), all_day=True)
    assert event.when_text() == "Sabtu, 16 Agustus 2025 – Senin, 18 Agustus 2025"


def test_a_time_stored_in_utc_is_shown_in_wib(client, agenda):
    utc = datetime.UTC
    event = event_at(agenda, "Rapat malam", datetime.datetime(2025, 8, 17, 12, 30, tzinfo=utc))
    page = get_soup(client, event)
    assert "Minggu, 17 Agustus 2025, 19.30–21.30 WIB" in page.select_one(".facts").get_text()


def test_an_all_day_event_is_stored_from_midnight_to_the_end_of_its_last_day(agenda):
    event = event_at(agenda, "Festival", at(16, 10), datetime.timedelta(days=2), all_day=True)
    event.refresh_from_db()
    assert event.local_start == at(16, 0)
    assert event.local_end == at(18, 23, 59) + datetime.timedelta(seconds=59)


def test_description_as_plain_text_keeps_paragraphs_and_list_items(db):
    html = "<p>Bawa:</p><ul><li>cangkul,</li><li>sapu &amp; karung.</li></ul>"
    event = EventPage(description=html)
    assert event.plain_description() == "Bawa:\n\n- cangkul,\n- sapu & karung."


# --- Validation -------------------------------------------------------------------------------


def test_an_end_before_the_start_is_refused_in_indonesian():
    event = EventPage(title="Rapat", slug="rapat", start=at(17, 10), end=at(17, 9), place="Balai")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert error.value.message_dict["end"] == ["Waktu selesai tidak boleh sebelum waktu mulai."]


def test_an_all_day_event_may_end_on_the_day_it_starts_at_any_hour():
    event = EventPage(title="Bazar", slug="bazar", start=at(17, 10), end=at(17, 8), all_day=True)
    event.clean()
    assert event.local_end.date() == datetime.date(2025, 8, 17)


def test_an_event_cannot_take_the_calendar_address():
    event = EventPage(title="Kalender", slug="kalender", start=at(17, 8), end=at(17, 9))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "slug" in error.value.message_dict


def event_form(client, agenda, **changes):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", agenda.pk])
    return url, form_data(client.get(url), PAGE_FORM) | {
        "title": "Rapat RT",
        "slug": "rapat-rt",
        "start": "2025-08-17 10:00",
        "end": "2025-08-17 12:00",
        "place": "Balai RT 03",
        "status": "scheduled",
        "description": rich_text("<p>Rapat bulanan.</p>"),
        **changes,
    }


def test_a_penulis_event_waits_for_a_moderator(client, agenda, penulis, moderator):
    logged_in(penulis, client)
    url, data = event_form(client, agenda, **{"action-submit": "1"})
    assert client.post(url, data).status_code == 302
    event = EventPage.objects.get(slug="rapat-rt")
    assert not event.live
    assert event.current_workflow_state.workflow.name == "Moderasi"
    assert Client().get("/agenda/rapat-rt/").status_code == 404


def test_agenda_and_event_edit_screens_open(admin_client, agenda):
    event = event_at(agenda, "Posyandu", from_now(days=2))
    for page in (agenda, event):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert admin_client.get(url).status_code == 200


def test_admin_form_refuses_an_end_before_the_start_with_a_message(admin_client, agenda):
    url, data = event_form(admin_client, agenda, end="2025-08-17 09:00")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Waktu selesai tidak boleh sebelum waktu mulai." in response.content.decode()
    assert not EventPage.objects.filter(slug="rapat-rt").exists()


def test_admin_form_saves_a_valid_event_as_a_draft(admin_client, agenda):
    url, data = event_form(admin_client, agenda)
    assert admin_client.post(url, data).status_code == 302
    event = EventPage.objects.get(slug="rapat-rt")
    assert not event.live
    assert event.local_start == at(17, 10)


# --- The agenda page --------------------------------------------------------------------------


def test_agenda_groups_events_under_month_headings(client, agenda):
    now = timezone.now()
    month_later = (now + datetime.timedelta(days=40)).astimezone(JAKARTA)
    event_at(agenda, "Posyandu", now + datetime.timedelta(days=1))
    event_at(agenda, "Pengajian", month_later)
    page = get_soup(client, agenda)
    upcoming = section(page, "upcoming-heading")
    headings = [heading.get_text() for heading in upcoming.select("h3.month-heading")]
    expected_first = (now + datetime.timedelta(days=1)).astimezone(JAKARTA)
    month_names = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
    assert headings[0] == f"{month_names[expected_first.month - 1]} {expected_first.year}"
    assert headings[-1] == f"{month_names[month_later.month - 1]} {month_later.year}"
    assert len(headings) == len(set(headings))
    for heading in upcoming.select("h3.month-heading"):
        cards = heading.find_next_sibling("ol").select("article.event-card")
        assert cards, heading.get_text()


def test_events_in_the_same_month_share_one_heading(client, agenda):
    event_at(agenda, "Musyawarah", at(5, 8, year=2024))
    event_at(agenda, "Rapat BPD", at(20, 19, year=2024))
    event_at(agenda, "Senam", at(3, 6, month=9, year=2024))
    past = section(get_soup(client, agenda), "past-heading")
    assert [h.get_text() for h in past.select("h3.month-heading")] == [
        "September 2024",
        "Agustus 2024",
    ]
    august = past.select("h3.month-heading")[1].find_next_sibling("ol")
    assert titles(august.select("article.event-card")) == ["Rapat BPD", "Musyawarah"]


def test_upcoming_and_past_split_around_now(client, agenda):
    event_at(agenda, "Kerja bakti", from_now(days=2))
    event_at(agenda, "Senam pagi", from_now(hours=5))
    event_at(agenda, "Rapat kemarin", from_now(days=-1))
    event_at(agenda, "Posyandu lalu", from_now(days=-8))
    page = get_soup(client, agenda)
    upcoming = section(page, "upcoming-heading").select("article.event-card")
    past = section(page, "past-heading").select("article.event-card")
    assert titles(upcoming) == ["Senam pagi", "Kerja bakti"]
    assert titles(past) == ["Rapat kemarin", "Posyandu lalu"]


def test_an_event_is_upcoming_until_it_ends(client, agenda):
    event_at(agenda, "Bazar berjalan", from_now(hours=-1), datetime.timedelta(hours=3))
    event_at(agenda, "Rapat selesai", from_now(hours=-3), datetime.timedelta(hours=2))
    page = get_soup(client, agenda)
    upcoming = section(page, "upcoming-heading").select("article.event-card")
    assert titles(upcoming) == ["Bazar berjalan"]
    assert "Sedang berlangsung" in upcoming[0].get_text()
    assert titles(section(page, "past-heading").select("article.event-card")) == ["Rapat selesai"]


def test_agenda_shows_a_message_when_nothing_is_coming(client, agenda):
    event_at(agenda, "Rapat lalu", from_now(days=-3))
    upcoming = section(get_soup(client, agenda), "upcoming-heading")
    assert "Belum ada agenda yang akan datang." in upcoming.get_text()


def test_drafts_and_private_events_are_not_listed(client, agenda):
    event_at(agenda, "Terbuka", from_now(days=3))
    event_at(agenda, "Draf", from_now(days=3), live=False)
    private = event_at(agenda, "Rahasia", from_now(days=3))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listed = titles(get_soup(client, agenda).select("article.event-card"))
    assert listed == ["Terbuka"]


def test_each_card_links_to_its_event(client, agenda):
    event = event_at(agenda, "Posyandu", from_now(days=1))
    card = get_soup(client, agenda).select_one("article.event-card")
    assert card.select_one(".event-card-title a")["href"] == event.url
    assert card.select_one(".date-badge")["aria-hidden"] == "true"
    assert event.place in card.get_text()


def test_past_events_are_paginated_newest_first(client, agenda, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for day in range(1, 15):
        event_at(agenda, f"Rapat {day:02d}", at(day, 9, month=3, year=2024))
    first = get_soup(client, agenda)
    second = get_soup(client, agenda, {"page": 2})
    assert titles(first.select("[aria-labelledby=past-heading] article"))[0] == "Rapat 14"
    assert titles(second.select("[aria-labelledby=past-heading] article")) == [
        "Rapat 02",
        "Rapat 01",
    ]
    # Later pages page through the past only.
    assert section(second, "upcoming-heading") is None
    assert second.find("link", rel="canonical")["href"].endswith("/agenda/?page=2")


@pytest.mark.parametrize(
    "value", ["abc", "0", "-1", "99999", "1e999", "2.5", "", "\x00", "９", "1" * 400]
)
def test_bad_page_numbers_give_a_page_not_an_error(client, agenda, value):
    event_at(agenda, "Rapat lalu", from_now(days=-3))
    response = client.get(agenda.url, {"page": value})
    assert response.status_code == 200
    assert "Rapat lalu" in response.content.decode()


def test_the_second_page_stays_right_when_served_from_the_page_cache(client, agenda):
    """The page cache varies the agenda by ?page (settings.PAGE_CACHE_QUERY_PARAMETERS)."""
    for day in range(1, 15):
        event_at(agenda, f"Rapat {day:02d}", at(day, 9, month=3, year=2024))
    for _view in range(3):
        page = get_soup(client, agenda, {"page": 2})
        assert titles(page.select("[aria-labelledby=past-heading] article")) == [
            "Rapat 02",
            "Rapat 01",
        ]


def test_agenda_links_its_calendar_feed(client, agenda):
    page = get_soup(client, agenda)
    alternate = page.find("link", rel="alternate", type="text/calendar")
    assert alternate["href"] == f"{agenda.url}kalender/"
    subscribe = page.find("a", string="Langganan kalender")
    assert subscribe["href"] == f"{agenda.url}kalender/"


# --- The event page ---------------------------------------------------------------------------


def test_event_page_shows_time_place_organiser_and_description(client, agenda):
    event = event_at(
        agenda, "Musyawarah Desa", at(17, 8), datetime.timedelta(hours=3), organiser=""
    )
    page = get_soup(client, event)
    facts = page.select_one(".facts").get_text(" ", strip=True)
    assert "Minggu, 17 Agustus 2025, 08.00–11.00 WIB" in facts
    assert "Balai Desa Uji" in facts and "Jl. Raya Uji No. 1" in facts
    # Without an organiser, the village organises it.
    assert "Desa Uji" in facts
    assert "Bawa alat kebersihan sendiri." in page.select_one(".prose").get_text()
    assert "Acara ini sudah lewat." in page.get_text()


def test_event_page_links_its_own_calendar_file(client, agenda):
    event = event_at(agenda, "Posyandu", from_now(days=3))
    link = get_soup(client, event).find("a", string="Tambahkan ke kalender")
    assert link["href"] == f"{event.url}kalender/"


def test_event_image_has_alt_text_and_dimensions(client, agenda):
    event = event_at(
        agenda,
        "Festival",
        from_now(days=5),
        image=ImageFactory(),
        image_alt_text="Kebun stroberi di lereng gunung",
    )
    image = get_soup(client, event).select_one("figure.cover img")
    assert image["alt"] == "Kebun stroberi di lereng gunung"
    assert image["width"] and image["height"]


def test_an_image_without_alt_text_is_refused(agenda):
    event = EventPageFactory.build(
        title="Festival", slug="festival", image=ImageFactory(), image_alt_text=" "
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "image_alt_text" in error.value.message_dict


def test_a_cancelled_event_says_so(client, agenda):
    event = event_at(agenda, "Senam", from_now(days=2), status=EventPage.Status.CANCELLED)
    page = get_soup(client, event)
    assert "Dibatalkan" in page.select_one(".kicker").get_text()
    assert "Acara ini dibatalkan." in page.get_text()
    card = get_soup(client, agenda).select_one("article.event-card")
    assert "Dibatalkan" in card.get_text()


def test_event_jsonld_describes_the_event_in_wib(client, agenda):
    event = event_at(
        agenda,
        "Kerja bakti",
        at(17, 7),
        datetime.timedelta(hours=3),
        image=ImageFactory(),
        image_alt_text="Warga membersihkan saluran",
    )
    data = jsonld_of_type(get_soup(client, event), "Event")
    assert data["name"] == "Kerja bakti"
    assert data["startDate"] == "2025-08-17T07:00:00+07:00"
    assert data["endDate"] == "2025-08-17T10:00:00+07:00"
    assert data["location"] == {
        "@type": "Place",
        "name": "Balai Desa Uji",
        "address": "Jl. Raya Uji No. 1",
    }
    assert data["organizer"] == {"@type": "Organization", "name": "Karang Taruna"}
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["image"][0].startswith("http://testserver/")
    assert data["url"] == event.full_url
    assert data["description"] == "Warga diundang hadir.\n\nBawa alat kebersihan sendiri."


def test_all_day_event_jsonld_gives_dates(client, agenda):
    event = event_at(agenda, "Festival", at(16, 9), datetime.timedelta(days=2), all_day=True)
    data = jsonld_of_type(get_soup(client, event), "Event")
    assert (data["startDate"], data["endDate"]) == ("2025-08-16", "2025-08-18")


# --- iCalendar --------------------------------------------------------------------------------


def test_calendar_feed_lists_live_public_events_with_jakarta_times(client, agenda):
    event_at(agenda, "Kerja bakti", at(17, 7), datetime.timedelta(hours=3))
    event_at(agenda, "Draf", at(18, 7), live=False)
    private = event_at(agenda, "Rahasia", at(19, 7))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    calendar = calendar_of(client.get(f"{agenda.url}kalender/"))

    assert str(calendar["X-WR-CALNAME"]) == "Agenda – Desa Uji"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Jakarta"
    assert str(calendar["PRODID"])
    timezones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in timezones] == ["Asia/Jakarta"]
    events = vevents(calendar)
    assert list(events) == ["Kerja bakti"]
    event = events["Kerja bakti"]
    assert event["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert event["DTEND"].params["TZID"] == "Asia/Jakarta"
    assert event.decoded("DTSTART") == at(17, 7)
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=7)
    assert event.decoded("DTEND") == at(17, 10)
    assert "DTSTAMP" in event


def test_calendar_event_carries_summary_place_text_and_link(client, agenda):
    event = event_at(agenda, "Posyandu", at(17, 8))
    entry = vevents(calendar_of(client.get(f"{agenda.url}kalender/")))["Posyandu"]
    assert str(entry["UID"]) == f"acara-{event.pk}@localhost"
    assert str(entry["LOCATION"]) == "Balai Desa Uji, Jl. Raya Uji No. 1"
    assert str(entry["DESCRIPTION"]) == (
        "Warga diundang hadir.\n\nBawa alat kebersihan sendiri.\n\nPenyelenggara: Karang Taruna"
    )
    assert "<p>" not in str(entry["DESCRIPTION"])
    assert str(entry["URL"]) == event.full_url
    assert str(entry["STATUS"]) == "CONFIRMED"


def test_event_uid_stays_the_same_when_the_event_changes(client, agenda):
    event = event_at(agenda, "Posyandu", at(17, 8))
    before = vevents(calendar_of(client.get(f"{agenda.url}kalender/")))["Posyandu"]["UID"]
    event.title = "Posyandu Balita"
    event.start = at(18, 8)
    event.end = at(18, 10)
    event.save_revision().publish()
    after = vevents(calendar_of(client.get(f"{agenda.url}kalender/")))["Posyandu Balita"]
    assert after["UID"] == before


def test_all_day_events_are_dates_with_an_exclusive_end(client, agenda):
    event_at(agenda, "Festival", at(16, 9), datetime.timedelta(days=2), all_day=True)
    entry = vevents(calendar_of(client.get(f"{agenda.url}kalender/")))["Festival"]
    assert entry["DTSTART"].params["VALUE"] == "DATE"
    assert entry.decoded("DTSTART") == datetime.date(2025, 8, 16)
    # The festival runs 16–18 August: DTEND is the day after its last day.
    assert entry.decoded("DTEND") == datetime.date(2025, 8, 19)
    assert "TZID" not in entry["DTSTART"].params


def test_event_calendar_file_holds_that_event_only(client, agenda):
    event = event_at(agenda, "Posyandu", at(17, 8))
    event_at(agenda, "Senam", at(18, 6))
    response = client.get(f"{event.url}kalender/")
    assert response["Content-Disposition"] == 'attachment; filename="posyandu.ics"'
    calendar = calendar_of(response)
    assert list(vevents(calendar)) == ["Posyandu"]
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]


def test_event_calendar_file_name_may_be_unicode(client, agenda):
    event = event_at(agenda, "Pentas", at(17, 8), slug="pentas-ebeg-مولد")
    response = client.get(f"{event.url}kalender/")
    assert response["Content-Disposition"].startswith("attachment; filename*=utf-8''pentas-ebeg")
    assert list(vevents(calendar_of(response))) == ["Pentas"]


def test_private_events_calendar_file_is_not_served(client, agenda):
    event = event_at(agenda, "Rahasia", at(17, 8))
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    response = client.get(f"{event.url}kalender/")
    assert response.status_code == 302
    assert b"VCALENDAR" not in response.content


def test_draft_event_calendar_file_is_not_found(client, agenda):
    event = event_at(agenda, "Draf", at(17, 8), live=False)
    assert client.get(f"{event.url}kalender/").status_code == 404


def test_a_cancelled_event_is_cancelled_in_the_calendar(client, agenda):
    event_at(agenda, "Senam", at(17, 6), status=EventPage.Status.CANCELLED)
    entry = vevents(calendar_of(client.get(f"{agenda.url}kalender/")))["Senam"]
    assert str(entry["STATUS"]) == "CANCELLED"


# --- Home page --------------------------------------------------------------------------------


def test_home_context_has_the_next_three_public_events(client, home_page, agenda):
    event_at(agenda, "Lalu", from_now(days=-2))
    for days in (9, 3, 6, 12):
        event_at(agenda, f"Dalam {days} hari", from_now(days=days))
    event_at(agenda, "Draf", from_now(days=1), live=False)
    private = event_at(agenda, "Rahasia", from_now(days=1))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get(home_page.url)
    assert [event.title for event in response.context["upcoming_events"]] == [
        "Dalam 3 hari",
        "Dalam 6 hari",
        "Dalam 9 hari",
    ]
    assert response.context["agenda_index"].pk == agenda.pk


def test_home_agenda_section_shows_cards_and_a_link_to_the_agenda(client, home_page, agenda):
    event = event_at(
        agenda,
        "Kerja bakti",
        from_now(days=2),
        image=ImageFactory(),
        image_alt_text="Warga bergotong royong",
    )
    response = client.get(home_page.url)
    html = render_to_string(
        "events/includes/home_upcoming.html",
        {
            "upcoming_events": response.context["upcoming_events"],
            "agenda_index": response.context["agenda_index"],
        },
        request=response.wsgi_request,
    )
    section_soup = soup(SimpleNamespace(status_code=200, content=html.encode()))
    assert section_soup.find("h2").get_text() == "Agenda terdekat"
    card = section_soup.select_one("article.event-card")
    assert card.select_one(".event-card-title a")["href"] == event.url
    assert card.select_one("img")["alt"] == "Warga bergotong royong"
    assert card.select_one(".date-badge")
    more = section_soup.find("a", string=lambda text: text and "Lihat semua agenda" in text)
    assert more["href"] == agenda.url


def test_home_has_no_events_without_a_public_agenda(client, home_page, agenda):
    event_at(agenda, "Kerja bakti", from_now(days=2))
    PageViewRestriction.objects.create(page=agenda, restriction_type="login")
    response = client.get(home_page.url)
    assert list(response.context["upcoming_events"]) == []


# --- Purges -----------------------------------------------------------------------------------


def test_publishing_an_event_purges_the_agenda_and_home(client, home_page, agenda):
    event_at(agenda, "Posyandu", from_now(days=2))
    for url in (agenda.url, home_page.url):
        client.get(url)
        assert client.get(url).headers["X-Cache"] == "HIT"
    new = EventPageFactory(parent=agenda, title="Senam", live=False)
    new.save_revision().publish()
    for url in (agenda.url, home_page.url):
        assert client.get(url).headers["X-Cache"] == "MISS", url
    assert "Senam" in client.get(agenda.url).content.decode()


def test_deleting_an_event_purges_the_agenda(client, agenda):
    event = event_at(agenda, "Posyandu", from_now(days=2))
    client.get(agenda.url)
    assert client.get(agenda.url).headers["X-Cache"] == "HIT"
    event.delete()
    response = client.get(agenda.url)
    assert response.headers["X-Cache"] == "MISS"
    assert "Posyandu" not in response.content.decode()


def test_a_changed_event_purges_both_calendar_files(agenda, home_page):
    event = event_at(agenda, "Posyandu", from_now(days=2))
    paths = paths_showing_page(event)
    assert {
        event.url,
        f"{event.url}kalender/",
        agenda.url,
        f"{agenda.url}kalender/",
        home_page.url,
    } <= set(paths)


def test_a_cached_calendar_feed_is_purged_when_an_event_is_published(client, agenda, monkeypatch):
    """Ready for when core caches text/calendar (core/page_cache.py CACHEABLE_TYPES)."""
    monkeypatch.setattr(
        page_cache, "CACHEABLE_TYPES", (*page_cache.CACHEABLE_TYPES, "text/calendar")
    )
    event_at(agenda, "Posyandu", from_now(days=2))
    feed = f"{agenda.url}kalender/"
    client.get(feed)
    assert client.get(feed).headers["X-Cache"] == "HIT"
    EventPageFactory(parent=agenda, title="Senam", live=False).save_revision().publish()
    response = client.get(feed)
    assert response.headers["X-Cache"] == "MISS"
    assert "Senam" in vevents(calendar_of(response))


def test_renaming_the_agenda_purges_its_calendar_feed(agenda):
    assert f"{agenda.url}kalender/" in paths_showing_page(agenda)


# --- Query budgets ----------------------------------------------------------------------------


def add_events(agenda, count, offset):
    return [
        event_at(
            agenda,
            f"Acara {offset + number}",
            from_now(days=(offset + number) * (-1 if number % 2 else 1)),
            image=ImageFactory(),
            image_alt_text="Gambar acara",
        )
        for number in range(count)
    ]


@pytest.mark.parametrize("view", ["agenda", "agenda calendar"])
def test_agenda_query_count_does_not_grow_with_events(
    client, agenda, settings, django_assert_max_num_queries, view
):
    settings.PAGE_CACHE_SECONDS = 0
    url = agenda.url if view == "agenda" else f"{agenda.url}kalender/"
    add_events(agenda, 2, 1)
    few_response, few = steady_state_get(client, url, BUDGETS[view], django_assert_max_num_queries)
    add_events(agenda, 20, 10)
    many_response, many = steady_state_get(
        client, url, BUDGETS[view], django_assert_max_num_queries
    )
    assert many == few
    if view == "agenda":
        assert len(soup(many_response).select("article.event-card")) == 10 + 12
    else:
        assert len(calendar_of(many_response).walk("VEVENT")) == 22


@pytest.mark.parametrize("view", ["event", "event calendar"])
def test_event_page_query_count(client, agenda, settings, django_assert_max_num_queries, view):
    settings.PAGE_CACHE_SECONDS = 0
    add_events(agenda, 5, 1)
    event = event_at(
        agenda, "Festival", from_now(days=3), image=ImageFactory(), image_alt_text="Kebun"
    )
    url = event.url if view == "event" else f"{event.url}kalender/"
    steady_state_get(client, url, BUDGETS[view], django_assert_max_num_queries)


def test_home_page_agenda_costs_the_same_for_one_or_three_events(
    client, home_page, agenda, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    add_events(agenda, 1, 2)
    _response, few = steady_state_get(client, home_page.url, 60, django_assert_max_num_queries)
    add_events(agenda, 6, 10)
    response, many = steady_state_get(client, home_page.url, 60, django_assert_max_num_queries)
    assert len(response.context["upcoming_events"]) == 3
    assert many == few


# --- Demo agenda ------------------------------------------------------------------------------


@pytest.fixture
def demo_pages(home_page, village):
    agenda = AgendaIndexPageFactory(parent=home_page)
    return SimpleNamespace(home=home_page, agenda=agenda)


def test_demo_agenda_has_past_upcoming_and_an_all_day_festival(demo_pages):
    messages = []
    created = demo_events.load(demo_pages, messages.append)
    assert len(created) == 8
    assert messages == ["8 acara agenda dibuat."]
    events = EventPage.objects.child_of(demo_pages.agenda).live()
    now = timezone.now()
    assert events.filter(end__lt=now).count() >= 2
    assert events.filter(end__gte=now).count() >= 3
    festival = events.get(slug="festival-stroberi-serang")
    assert festival.all_day
    assert (festival.local_end.date() - festival.local_start.date()).days == 2
    assert events.filter(image__isnull=False).exclude(image_alt_text="").count() >= 2
    assert all(event.get_latest_revision() is not None for event in events)


def test_demo_agenda_loads_only_once(demo_pages):
    demo_events.load(demo_pages, lambda message: None)
    messages = []
    assert demo_events.load(demo_pages, messages.append) == []
    assert messages == []
    assert EventPage.objects.count() == 8


def test_demo_agenda_page_renders(client, demo_pages):
    demo_events.load(demo_pages, lambda message: None)
    page = get_soup(client, demo_pages.agenda)
    assert len(page.select("article.event-card")) == 8
    calendar = calendar_of(client.get(f"{demo_pages.agenda.url}kalender/"))
    assert len(calendar.walk("VEVENT")) == 8
