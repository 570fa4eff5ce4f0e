"""Template tags for the admin's branding and its notification e-mails."""

from django import template

from editorial.branding import village_name as village_name_for
from editorial.email_items import email_item
from editorial.panduan import SCREENSHOTS

register = template.Library()


def notified_item(context):
    """The article, wisata or product a notification e-mail is about (Wagtail passes it as
    `object`, or as `page` in comment e-mails), or None."""
    return context.get("object") or context.get("page") or None


@register.simple_tag(takes_context=True)
def village_name(context):
    """The village's name: for the request's site in the admin, for the item's site in an
    e-mail, which has no request."""
    if context.get("request") is not None:
        return village_name_for(request=context["request"])
    return village_name_for(item=notified_item(context))


@register.simple_tag(takes_context=True)
def notification_item(context):
    """{% notification_item as item %}: the e-mail's item (kind, title, sender and links,
    for the recipient `user`), or None in an e-mail about no item."""
    item = notified_item(context)
    if item is None:
        return None
    return email_item(item, context.get("user"), context.get("task"))


@register.inclusion_tag("editorial/panduan/_figure.html")
def panduan_figure(name):
    """A screenshot of the admin with its alt text and caption (editorial/panduan.py)."""
    return {"shot": SCREENSHOTS[name]}
