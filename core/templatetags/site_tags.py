import html
import json
from decimal import Decimal
from urllib.parse import quote

from django import template
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core.page_cache import site_version
from core.phone import whatsapp_digits
from core.rupiah import format_rupiah
from core.share import share_links
from core.structured_data import organization_jsonld

register = template.Library()

# Versioned, so this only bounds how long an unused entry stays.
MENU_SECONDS = 24 * 60 * 60
# What search engines show of a description before they cut it themselves.
META_DESCRIPTION_LENGTH = 160
ELLIPSIS = "…"

# Escape what could close the <script> element that holds the JSON-LD.
_SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    return mark_safe(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE)
    )


@register.filter
def rupiah(amount):
    return format_rupiah(amount)


def cut_description(text, limit=META_DESCRIPTION_LENGTH):
    """Plain text of at most `limit` characters, cut at a word boundary and ending in an
    ellipsis when cut: what a <meta name="description"> holds. Entities and tags are undone
    first, since it also reads rendered template output."""
    text = " ".join(strip_tags(html.unescape(str(text or ""))).split())
    if len(text) <= limit:
        return text
    # The last space within the limit ends the last whole word that leaves room for "…".
    window = text[:limit]
    cut = window.rsplit(" ", 1)[0] if " " in window else window[: limit - len(ELLIPSIS)]
    return cut.rstrip(" ,;:.–—-") + ELLIPSIS


@register.filter
def meta_text(text):
    """cut_description, escaped: {% filter %} (around base.html's description block) does
    not escape what its filter returns, so the filter does."""
    return escape(cut_description(text))


@register.simple_tag
def get_item(mapping, key):
    return mapping.get(key, "")


def menu_entry(page, request):
    return {"title": page.title, "url": page.get_url(request), "path": page.path}


def menu_entries(site, request):
    """The home page and its live, public sections marked "show in menus", each with its
    own such sub-pages. One query for both levels (and one for the privacy restrictions),
    however many sections and sub-pages there are."""
    home = site.root_page
    pages = (
        Page.objects.live()
        .public()
        .in_menu()
        .filter(depth__in=[home.depth + 1, home.depth + 2], path__startswith=home.path)
        .order_by("path")
    )
    sections = {}
    for page in pages:
        if page.depth == home.depth + 1:
            sections[page.path] = {**menu_entry(page, request), "children": []}
        elif parent := sections.get(page.path[: -Page.steplen]):
            # Under a section that is itself in the menu; ordered by path, it came first.
            parent["children"].append(menu_entry(page, request))
    return [{**menu_entry(home, request), "children": []}, *sections.values()]


def is_current(path, current_path, exact=False):
    return current_path == path or (not exact and current_path.startswith(path))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page, then top-level live pages marked 'show in menus' with their sub-pages
    marked so; the current one flagged.

    Every page shows it, so it is kept in the cache under the version that publishing the
    home page or a section bumps (core/purge.py)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = f"menu:{site.pk}:{site_version()}"
    entries = cache.get_or_set(key, lambda: menu_entries(site, request), timeout=MENU_SECONDS)
    current_path = getattr(context.get("page"), "path", "")
    home, *sections = entries
    # aria-current: "page" on the link to what is shown (a section stands for the pages
    # inside it that the menu does not list), "true" on the section of a sub-page shown.
    menu = [{**home, "current": "page" if is_current(home["path"], current_path, True) else ""}]
    for section in sections:
        children = [
            {**child, "current": "page" if is_current(child["path"], current_path) else ""}
            for child in section["children"]
        ]
        current = "page" if is_current(section["path"], current_path) else ""
        if any(child["current"] for child in children):
            current = "true"
        menu.append({**section, "children": children, "current": current})
    return menu


@register.simple_tag(takes_context=True)
def organization(context):
    """The village office as a schema.org GovernmentOrganization (core/structured_data.py)."""
    request = context.get("request")
    if request is None:
        return None
    return organization_jsonld(request)


@register.simple_tag
def whatsapp_order_url(number, product_name):
    """wa.me link to a seller with the order message already typed."""
    if not number:
        return ""
    message = _("Halo, saya ingin memesan %(name)s") % {"name": product_name}
    return f"https://wa.me/{whatsapp_digits(number)}?text={quote(message, safe='')}"


def plain_coordinate(value):
    """-7.25 rather than -7.250000, always with a dot: what map links read."""
    text = format(Decimal(value).normalize(), "f")
    return "0" if text in ("-0", "0") else text


@register.simple_tag
def directions_url(latitude, longitude):
    """Google Maps directions to a point, from wherever the reader is."""
    if latitude is None or longitude is None or latitude == "" or longitude == "":
        return ""
    destination = f"{plain_coordinate(latitude)},{plain_coordinate(longitude)}"
    return f"https://www.google.com/maps/dir/?api=1&destination={destination}"


@register.simple_tag
def readable_coordinates(latitude, longitude):
    """A point as Indonesian maps write it: 7,25° LS, 109,29° BT."""
    if latitude is None or longitude is None or latitude == "" or longitude == "":
        return ""
    latitude, longitude = Decimal(latitude), Decimal(longitude)
    north_south = _("LU") if latitude >= 0 else _("LS")
    east_west = _("BT") if longitude >= 0 else _("BB")

    def degrees(value):
        return plain_coordinate(abs(value)).replace(".", ",")

    return f"{degrees(latitude)}° {north_south}, {degrees(longitude)}° {east_west}"


@register.inclusion_tag("includes/share_bar.html")
def share_bar(url, title, heading):
    return {"links": share_links(url, title), "url": url, "heading": heading}
