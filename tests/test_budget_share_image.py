"""The APBDes share picture for WhatsApp: a 1080×1080 PNG per published year at
<APBDes page>gambar/<tahun>/, the page's og:image, cached and purged like the page, and a
404 (never a 500) for any other year."""

from io import BytesIO

import pytest
from PIL import Image

from budget.models import BudgetPage
from budget.share_image import share_image_png
from tests.factories_budget import BudgetPageFactory, make_budget
from tests.helpers import get_soup


@pytest.fixture
def budget_page(home_page, village):
    page = BudgetPageFactory(parent=home_page)
    page.save_revision().publish()
    return BudgetPage.objects.get(pk=page.pk)


def picture(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(BytesIO(response.content))
    image.load()
    return image


def test_share_image_is_a_square_png_for_whatsapp(client, budget_page):
    make_budget(2025)

    image = picture(client.get("/apbdes/gambar/2025/"))

    assert (image.format, image.size) == ("PNG", (1080, 1080))


def test_share_image_draws_the_header_figures_and_bars(budget_page, village):
    """The green header, the three light figure boxes and one coloured bar per bidang of
    SMALL_BUDGET (bidang 1, 2 and 5) are where the layout puts them."""
    budget = make_budget(2025)

    image = Image.open(BytesIO(share_image_png(budget, "Desa Uji", "testserver/apbdes/")))

    assert image.getpixel((10, 10)) == (0x1F, 0x4D, 0x37)
    assert image.getpixel((80, 490)) == (0xE8, 0xF3, 0xED)
    bar_left = 72 + 300 + 2
    bars = [image.getpixel((bar_left, 610 + row * 66 + 25)) for row in range(3)]
    assert all(colour != (255, 255, 255) for colour in bars)
    assert image.getpixel((bar_left, 610 + 3 * 66 + 25)) == (255, 255, 255)


def test_the_largest_bidang_has_the_longest_bar(budget_page):
    budget = make_budget(2025)  # bidang 2 (Rp800 juta) is the largest

    image = Image.open(BytesIO(share_image_png(budget, "Desa Uji")))

    def bar_length(row):
        y = 610 + row * 66 + 25
        return sum(1 for x in range(374, 1080) if image.getpixel((x, y)) != (255, 255, 255))

    lengths = [bar_length(row) for row in range(3)]
    assert max(lengths) == lengths[1]
    # 400 : 800 : 290 juta, drawn over the same room (labels beside them add a little).
    assert lengths[0] < lengths[1] * 0.6 and lengths[2] < lengths[0]


@pytest.mark.parametrize(
    "url",
    [
        "/apbdes/gambar/2026/",  # a draft year
        "/apbdes/gambar/2024/",  # no such year
        "/apbdes/gambar/0/",
        "/apbdes/gambar/99999999999999999999999/",
        "/apbdes/gambar/abc/",
        "/apbdes/gambar/2025.png",
        "/apbdes/gambar/-1/",
        "/apbdes/gambar/",
    ],
)
def test_other_years_are_not_found(client, budget_page, url):
    make_budget(2025)
    make_budget(2026, live=False)

    assert client.get(url).status_code == 404


def test_downloads_refuse_years_out_of_range_without_error(client, budget_page):
    make_budget(2025)

    for kind in ("csv", "json"):
        assert client.get(f"/apbdes/unduh/99999999999999999999/{kind}/").status_code == 404


def test_budget_page_shares_the_shown_years_picture(client, budget_page):
    make_budget(2025)
    make_budget(2026, scale=2)

    page_soup = get_soup(client, "/apbdes/")
    latest = page_soup.find("meta", property="og:image")["content"]
    earlier = get_soup(client, "/apbdes/", {"tahun": "2025"}).find("meta", property="og:image")

    assert latest == "http://testserver/apbdes/gambar/2026/"
    sides = ("og:image:width", "og:image:height")
    assert [page_soup.find("meta", property=side)["content"] for side in sides] == ["1080"] * 2
    assert earlier["content"] == "http://testserver/apbdes/gambar/2025/"
    assert picture(client.get(latest)).size == (1080, 1080)


def test_page_without_a_budget_shares_no_budget_picture(client, budget_page):
    meta = get_soup(client, "/apbdes/").find("meta", property="og:image")

    assert meta is None or "/gambar/" not in meta["content"]


def test_share_image_is_cached_and_purged_when_the_budget_changes(client, budget_page):
    budget = make_budget(2025)
    client.get("/apbdes/gambar/2025/")
    cached = client.get("/apbdes/gambar/2025/")
    assert cached.headers["X-Cache"] == "HIT"

    budget.notes = "Perubahan APBDes"
    budget.save_revision().publish()

    assert client.get("/apbdes/gambar/2025/").headers["X-Cache"] == "MISS"
    assert "/apbdes/gambar/2025/" in budget.paths_showing_it()
