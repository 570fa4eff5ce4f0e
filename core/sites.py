"""The village site a request is for."""

from wagtail.models import Site


def current_site(request):
    """The site Wagtail routed the request to, or the default site for unknown hosts."""
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


def default_site_id():
    """The default site's id: what a village-owned record belongs to unless told otherwise.
    The apps' first migrations name it under their own modules, which import it from here."""
    site = Site.objects.filter(is_default_site=True).only("pk").first()
    return site.pk if site else None
