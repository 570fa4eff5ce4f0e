"""The admin and its e-mails carry the village's name, not Wagtail's: the name from
Pengaturan desa of the site being edited (in e-mails, the item's own site)."""

from django.conf import settings
from wagtail.models import Page, Site

from core.models import VillageSettings


def site_of(item):
    """The site an article, wisata or product belongs to; the default site otherwise."""
    site = item.get_site() if isinstance(item, Page) else getattr(item, "site", None)
    if isinstance(site, Site):
        return site
    return Site.objects.filter(is_default_site=True).first()


def village_name(request=None, item=None):
    """The village's name for the request's site, or for the item's site in e-mails.
    WAGTAIL_SITE_NAME stands in while no site exists (a database still being set up)."""
    try:
        if request is not None:
            return VillageSettings.for_request(request).village_name
        return VillageSettings.for_site(site_of(item)).village_name
    except VillageSettings.DoesNotExist:
        return settings.WAGTAIL_SITE_NAME
