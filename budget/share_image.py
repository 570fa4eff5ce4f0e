"""The 1080×1080 APBDes picture for WhatsApp, drawn on the server with Pillow: the village,
the year, Pendapatan, Belanja and SILPA in headline Rupiah, and belanja per bidang as bars.
It is the budget page's share image (og:image) and can be sent as it is."""

from functools import cache
from io import BytesIO
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageDraw, ImageFont

from core.rupiah import format_rupiah_short

from .charts import PALETTE
from .report import BudgetReport
from .sections import Bidang

SIZE = 1080
MARGIN = 72
GREEN = "#1f4d37"
GREEN_LIGHT = "#e8f3ed"
INK = "#1d2521"
MUTED = "#4a544e"
WHITE = "#ffffff"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# The bidang in a few words, so that a bar's label fits on a telephone's screen.
SHORT_BIDANG = {
    Bidang.PEMERINTAHAN: gettext_lazy("Pemerintahan"),
    Bidang.PEMBANGUNAN: gettext_lazy("Pembangunan"),
    Bidang.KEMASYARAKATAN: gettext_lazy("Kemasyarakatan"),
    Bidang.PEMBERDAYAAN: gettext_lazy("Pemberdayaan"),
    Bidang.BENCANA: gettext_lazy("Bencana & darurat"),
}


@cache
def font(size, bold=False):
    """DejaVu Sans where the system has it, else Pillow's own scalable font."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(FONT_DIR / name), size)
    except OSError:
        return ImageFont.load_default(size=size)


def fitted(draw, text, size, width, bold=False):
    """The largest font up to `size` at which `text` fits in `width` pixels."""
    while size > 16 and draw.textlength(text, font=font(size, bold)) > width:
        size -= 2
    return font(size, bold)


def draw_header(draw, village_name, year):
    draw.rectangle((0, 0, SIZE, 300), fill=GREEN)
    inner = SIZE - 2 * MARGIN
    draw.text((MARGIN, 70), village_name, fill=WHITE, font=fitted(draw, village_name, 48, inner))
    title = _("APBDes %(year)s") % {"year": year}
    draw.text((MARGIN, 140), title, fill=WHITE, font=fitted(draw, title, 96, inner, bold=True))


def draw_totals(draw, totals):
    figures = [
        (_("Pendapatan"), totals.pendapatan),
        (_("Belanja"), totals.belanja),
        (_("SILPA"), totals.silpa),
    ]
    gap = 24
    width = (SIZE - 2 * MARGIN - 2 * gap) // 3
    values = [format_rupiah_short(amount) for _label, amount in figures]
    # One size for the three, the largest at which the longest fits.
    value_font = min(
        (fitted(draw, value, 40, width - 40, bold=True) for value in values),
        key=lambda candidate: candidate.size,
    )
    for index, ((label, _amount), value) in enumerate(zip(figures, values, strict=True)):
        left = MARGIN + index * (width + gap)
        draw.rounded_rectangle((left, 340, left + width, 500), radius=18, fill=GREEN_LIGHT)
        draw.text((left + 20, 360), label, fill=GREEN, font=font(30, bold=True))
        draw.text((left + 20, 420), value, fill=INK, font=value_font)


def draw_spending(draw, spending):
    draw.text((MARGIN, 545), _("Belanja per bidang"), fill=INK, font=font(34, bold=True))
    largest = max((group.amount for group in spending), default=0)
    label_width, value_room = 300, 210
    bar_room = SIZE - 2 * MARGIN - label_width - value_room
    top, row = 610, 66
    for index, group in enumerate(spending):
        y = top + index * row
        label = str(SHORT_BIDANG.get(group.key, group.label))
        draw.text((MARGIN, y + 8), label, fill=INK, font=fitted(draw, label, 28, label_width - 12))
        length = round(bar_room * group.amount / largest) if largest else 0
        left = MARGIN + label_width
        if length:
            colour = PALETTE[index % len(PALETTE)]
            draw.rounded_rectangle((left, y + 4, left + length, y + 46), radius=8, fill=colour)
        value = format_rupiah_short(group.amount)
        draw.text((left + length + 14, y + 10), value, fill=INK, font=font(26))


def share_image_png(budget, village_name, address=""):
    """PNG bytes of `budget`'s picture; `address` (where the page is) goes in the footer."""
    report = BudgetReport(budget)
    image = Image.new("RGB", (SIZE, SIZE), WHITE)
    draw = ImageDraw.Draw(image)
    draw_header(draw, village_name, budget.year)
    draw_totals(draw, report.totals)
    draw_spending(draw, report.spending)
    if address:
        footer = _("Selengkapnya: %(address)s") % {"address": address}
        draw.text(
            (MARGIN, SIZE - 70),
            footer,
            fill=MUTED,
            font=fitted(draw, footer, 28, SIZE - 2 * MARGIN),
        )
    output = BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
