"""What anonymous readers may see: live pages outside every private section.

Wagtail's PageQuerySet.public() first reads every view restriction, then filters; this
does the same check inside the one query that loads the pages, so checking what is shown
costs no query of its own."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def restricting_ancestors():
    """View restrictions on the outer page or on one of its ancestors: a restricted page's
    path is a prefix of every path in its section."""
    return PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )


def public_pages(pages):
    """`pages` without those in a private section (password, login or group only)."""
    return pages.exclude(Exists(restricting_ancestors()))


def visible_pages(pages):
    """Live, public pages of `pages`, as anonymous readers may see them."""
    return public_pages(pages.filter(live=True))
