"""The site under abuse: request limits per client, admin lock-outs after wrong passwords,
oversized image uploads, and the headers that keep browsers' device features switched off."""

import io
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.contrib.search_promotions.models import Query
from wagtail.images import get_image_model

from core import ratelimit
from tests.helpers import MODERATOR, PENULIS, logged_in, make_user, soup

WRONG_PASSWORD = "bukan-kata-sandinya"
RIGHT_PASSWORD = "rahasia-desa"  # tests.helpers.make_user


def set_limit(settings, name, requests, seconds):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, name: (requests, seconds)}


def retry_after(response):
    return int(response.headers["Retry-After"])


# --- The search page and its typeahead ----------------------------------------------------


def test_search_page_tells_a_client_over_its_limit_to_wait(client, settings, village):
    set_limit(settings, "search", 3, 60)
    for _ in range(3):
        assert client.get("/cari/", {"q": "desa"}).status_code == 200

    response = client.get("/cari/", {"q": "desa"})

    page = soup(response, status=429)
    assert page.h1.get_text(strip=True) == "Terlalu banyak permintaan"
    assert "Terlalu banyak pencarian dari perangkat ini" in page.select_one("main").get_text()
    assert "Silakan coba lagi dalam 1 menit." in page.select_one("main").get_text()
    assert 1 <= retry_after(response) <= 60


def test_search_limit_counts_each_client_on_its_own(client, settings, village):
    set_limit(settings, "search", 2, 60)
    for _ in range(3):
        client.get("/cari/", {"q": "desa"}, REMOTE_ADDR="203.0.113.1")

    response = client.get("/cari/", {"q": "desa"}, REMOTE_ADDR="203.0.113.2")

    assert response.status_code == 200


def test_the_shipped_search_limit_leaves_a_reader_plenty(client, village):
    for _ in range(30):
        assert client.get("/cari/", {"q": "desa"}).status_code == 200


def test_typeahead_over_its_limit_answers_429_in_json(client, settings, village):
    set_limit(settings, "suggestions", 2, 10)
    for _ in range(2):
        assert client.get("/cari/saran/", {"q": "de"}).status_code == 200

    response = client.get("/cari/saran/", {"q": "de"})

    assert response.status_code == 429
    assert response.json() == {
        "query": "de",
        "suggestions": [],
        "message": "Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.",
    }
    assert 1 <= retry_after(response) <= 10


class BrokenCache:
    def add(self, *args, **kwargs):
        raise ConnectionError("cache server down")

    incr = add


def test_limits_let_requests_through_when_the_cache_fails(client, settings, village, monkeypatch):
    set_limit(settings, "search", 1, 60)
    monkeypatch.setattr(ratelimit, "cache", BrokenCache())

    responses = [client.get("/cari/", {"q": "desa"}) for _ in range(3)]

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert Query.objects.get(query_string="desa").hits == 3


def test_repeating_a_junk_search_cannot_make_it_popular(client, village):
    junk = "desa slot gacor wa 0812-0000-0000"
    for _ in range(30):
        client.get("/cari/", {"q": junk})

    assert Query.objects.get(query_string=junk).hits == 1
    page = soup(client.get("/cari/"))
    assert page.find(id="popular-heading") is None
    assert junk not in page.get_text()


# --- Who the client is --------------------------------------------------------------------


def request_from(address, forwarded=None):
    headers = {"REMOTE_ADDR": address}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/cari/", **headers)


def test_without_a_proxy_the_client_is_the_connecting_address(settings):
    settings.BEHIND_PROXY = False

    assert ratelimit.client_ip(request_from("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


def test_behind_a_proxy_the_client_is_the_hop_the_proxy_added(settings):
    settings.BEHIND_PROXY = True

    spoofed = request_from("10.0.0.2", "198.51.100.1, 203.0.113.5")
    plain = request_from("10.0.0.2", "203.0.113.5")
    assert ratelimit.client_ip(spoofed) == ratelimit.client_ip(plain) == "203.0.113.5"
    assert ratelimit.client_ip(request_from("10.0.0.2", "")) == "10.0.0.2"


def test_a_client_is_known_by_a_daily_hash_not_its_address(monkeypatch):
    request = request_from("203.0.113.5")
    today = ratelimit.client_id(request)

    assert "203.0.113.5" not in today
    assert ratelimit.client_id(request_from("203.0.113.6")) != today
    tomorrow = ratelimit.timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr(ratelimit.timezone, "localdate", lambda: tomorrow)
    assert ratelimit.client_id(request) != today


# --- Admin sign-in lock-out (django-axes) --------------------------------------------------


def sign_in(client, username, password, address="127.0.0.1"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.fixture
def locked_penulis(client, db):
    """A Penulis whose account got ten wrong passwords from this client."""
    user = make_user(PENULIS)
    for attempt in range(9):
        response = sign_in(client, user.username, WRONG_PASSWORD)
        assert response.status_code == 200, attempt
    assert sign_in(client, user.username, WRONG_PASSWORD).status_code == 429
    return user


def test_ten_wrong_passwords_lock_the_account(client, locked_penulis):
    response = sign_in(client, locked_penulis.username, RIGHT_PASSWORD)

    page = soup(response, status=429)
    assert page.h1.get_text(strip=True) == "Akun dikunci sementara"
    message = page.select_one(".messages").get_text(" ", strip=True)
    assert "Terlalu banyak percobaan masuk dengan kata sandi yang salah" in message
    assert "dikunci selama 15 menit" in message
    assert page.find("a", string="Kembali ke halaman masuk")["href"] == reverse(
        "wagtailadmin_login"
    )
    assert signed_in_user_id(client) is None


def test_a_lock_out_leaves_other_accounts_signing_in(client, locked_penulis):
    moderator = make_user(MODERATOR)

    response = sign_in(client, moderator.username, RIGHT_PASSWORD)

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(moderator.pk)


def test_a_lock_out_leaves_the_account_signing_in_from_other_computers(client, locked_penulis):
    response = sign_in(client, locked_penulis.username, RIGHT_PASSWORD, address="10.1.1.7")

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(locked_penulis.pk)


def test_the_lock_out_ends_after_its_cool_off(client, settings, locked_penulis):
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )

    response = sign_in(client, locked_penulis.username, RIGHT_PASSWORD)

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(locked_penulis.pk)


def test_a_wrong_password_shows_the_form_again(client, db):
    user = make_user(PENULIS)

    page = soup(sign_in(client, user.username, WRONG_PASSWORD))

    assert page.select_one("form.login-form") is not None
    assert signed_in_user_id(client) is None


def test_signing_in_forgives_earlier_wrong_passwords(client, db):
    user = make_user(PENULIS)
    for _ in range(9):
        sign_in(client, user.username, WRONG_PASSWORD)
    assert sign_in(client, user.username, RIGHT_PASSWORD).status_code == 302
    client.logout()

    for _ in range(9):
        assert sign_in(client, user.username, WRONG_PASSWORD).status_code == 200
    assert sign_in(client, user.username, RIGHT_PASSWORD).status_code == 302


# --- Password reset ------------------------------------------------------------------------


def ask_for_reset(client, email, address="127.0.0.1"):
    return client.post(
        reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address
    )


def test_password_reset_requests_are_limited_per_client(client, db):
    user = make_user(PENULIS)
    for _ in range(5):
        assert ask_for_reset(client, user.email).status_code == 302

    response = ask_for_reset(client, user.email)

    page = soup(response, status=429)
    text = page.select_one("main").get_text(" ", strip=True)
    assert "Terlalu banyak permintaan atur ulang kata sandi dari perangkat ini." in text
    assert "Silakan coba lagi dalam" in text
    assert page.find("a", string="Kembali")["href"] == reverse("wagtailadmin_login")
    assert 1 <= retry_after(response) <= 15 * 60
    assert len(mail.outbox) == 5


def test_password_reset_limit_leaves_other_clients_and_the_form_alone(client, db):
    user = make_user(PENULIS)
    for _ in range(6):
        ask_for_reset(client, user.email)

    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 200
    assert ask_for_reset(client, user.email, address="10.1.1.7").status_code == 302


# --- Image uploads -------------------------------------------------------------------------


def png_upload(width, height):
    """A 1-bit PNG: a few kilobytes on disk however many pixels it has."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, format="PNG")
    return SimpleUploadedFile("foto-sawah.png", buffer.getvalue(), content_type="image/png")


def upload(client, file):
    return client.post(reverse("wagtailimages:add_multiple"), {"files[]": file})


def test_an_image_above_40_megapixels_is_refused_in_indonesian(client, db):
    editor = logged_in(make_user(PENULIS), client)

    response = upload(editor, png_upload(7000, 6000))

    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert data["error_message"] == (
        "Gambar ini terlalu besar: 42000000 piksel, sedangkan batasnya 40000000 piksel. "
        "Perkecil ukuran gambar, lalu unggah lagi."
    )
    assert not get_image_model().objects.exists()


def test_a_phone_sized_image_is_accepted(client, db):
    editor = logged_in(make_user(PENULIS), client)

    response = upload(editor, png_upload(4000, 3000))

    assert response.json()["success"] is True
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (4000, 3000)


# --- Browser feature policy -----------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/cari/?q=desa"])
def test_public_pages_switch_off_device_features(client, village, url):
    response = client.get(url)

    policy = {directive.strip() for directive in response.headers["Permissions-Policy"].split(",")}
    assert {"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} <= policy


def test_a_cached_page_keeps_its_permissions_policy(client, village):
    client.get("/")

    response = client.get("/")

    assert response.headers["X-Cache"] == "HIT"
    assert "camera=()" in response.headers["Permissions-Policy"]
