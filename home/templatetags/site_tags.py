import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.share import share_links

register = template.Library()

# Escape what could close the <script> element that holds the JSON-LD.
_SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    return mark_safe(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE)
    )


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level live pages marked 'show in menus', with the current section flagged."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    current = context.get("page")
    current_path = getattr(current, "path", "")
    return [
        {"page": item, "active": current_path.startswith(item.path)}
        for item in site.root_page.get_children().live().public().in_menu()
    ]


@register.inclusion_tag("includes/share_bar.html")
def share_bar(url, title, heading):
    return {"links": share_links(url, title), "url": url, "heading": heading}
