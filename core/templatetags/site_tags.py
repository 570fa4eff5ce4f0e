import json

from django import template
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Site

from core.page_cache import site_version
from core.rupiah import format_rupiah
from core.share import share_links

register = template.Library()

# Versioned, so this only bounds how long an unused entry stays.
MENU_SECONDS = 24 * 60 * 60

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


@register.simple_tag
def get_item(mapping, key):
    return mapping.get(key, "")


def menu_entries(site, request):
    home = site.root_page
    sections = home.get_children().live().public().in_menu()
    return [
        {"title": page.title, "url": page.get_url(request), "path": page.path}
        for page in [home, *sections]
    ]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page, then top-level live pages marked 'show in menus'; the current one flagged.

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
    return [{**home, "active": current_path == home["path"]}] + [
        {**section, "active": current_path.startswith(section["path"])} for section in sections
    ]


@register.inclusion_tag("includes/share_bar.html")
def share_bar(url, title, heading):
    return {"links": share_links(url, title), "url": url, "heading": heading}
