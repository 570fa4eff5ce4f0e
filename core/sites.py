"""The village site a request is for."""

from wagtail.models import Site


def current_site(request):
    """The site Wagtail routed the request to, or the default site for unknown hosts."""
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)
