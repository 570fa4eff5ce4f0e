"""Server-side chart geometry for the budget page: horizontal bars and a donut, computed
here so the SVG templates only draw. Every mark carries its exact value (data-value) and the
page gives a data table beside it as the text alternative."""

from dataclasses import dataclass

from core.rupiah import format_rupiah_amount, format_rupiah_short

# Colours for bars and donut segments; each has at least 3:1 contrast on white (WCAG 1.4.11)
# and white text on it reaches 4.5:1.
PALETTE = ["#1f6b4a", "#1d4f7a", "#9a4a1c", "#5b3a7a", "#8a1f45", "#5c5c00"]

BAR_WIDTH = 640
BAR_ROW_HEIGHT = 56
BAR_HEIGHT = 22
# Room on the right of the longest bar for its value.
BAR_VALUE_ROOM = 150

# A donut drawn with stroked circles: a radius whose circumference is 100 makes each
# segment's dash length its percentage.
DONUT_RADIUS = 15.91549430918954


@dataclass(frozen=True)
class Entry:
    label: str
    value: int
    colour: str

    @property
    def value_text(self):
        return format_rupiah_amount(self.value)

    @property
    def short_text(self):
        return format_rupiah_short(self.value)


def entries_of(pairs):
    """(label, value) pairs as chart entries, each with its own colour."""
    return [
        Entry(str(label), int(value), PALETTE[index % len(PALETTE)])
        for index, (label, value) in enumerate(pairs)
    ]


def svg_number(value):
    """A number for an SVG attribute: a decimal point whatever the language (templates
    would localise a float to 12,5)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Bar:
    entry: Entry
    label_y: int
    bar_y: int
    width: str
    value_x: str


class BarChart:
    def __init__(self, pairs):
        self.entries = entries_of(pairs)
        self.total = sum(entry.value for entry in self.entries)

    @property
    def height(self):
        return max(len(self.entries), 1) * BAR_ROW_HEIGHT

    @property
    def width(self):
        return BAR_WIDTH

    def bars(self):
        largest = max((entry.value for entry in self.entries), default=0)
        room = BAR_WIDTH - BAR_VALUE_ROOM
        bars = []
        for index, entry in enumerate(self.entries):
            top = index * BAR_ROW_HEIGHT
            width = round(room * entry.value / largest, 2) if largest else 0
            bars.append(Bar(entry, top + 18, top + 26, svg_number(width), svg_number(width + 8)))
        return bars


@dataclass(frozen=True)
class Segment:
    entry: Entry
    percent: float
    dash: str
    offset: str

    @property
    def percent_value(self):
        return f"{self.percent:.4f}"

    @property
    def percent_text(self):
        return f"{self.percent:.1f}".replace(".", ",") + "%"


class DonutChart:
    radius = f"{DONUT_RADIUS:.4f}"

    def __init__(self, pairs):
        self.entries = entries_of(pairs)
        self.total = sum(entry.value for entry in self.entries)

    def segments(self):
        segments = []
        start = 0.0
        for entry in self.entries:
            percent = entry.value * 100 / self.total if self.total else 0.0
            # Dash offsets run anticlockwise from three o'clock; 25 starts at twelve.
            segments.append(
                Segment(entry, percent, f"{percent:.4f} {100 - percent:.4f}", f"{25 - start:.4f}")
            )
            start += percent
        return segments
