"""schema.org JSON-LD about the village itself: the GovernmentOrganization that every page
names and that publishes its news (the NewsArticle's publisher)."""

from urllib.parse import urljoin

from django.core.cache import cache

from .models import VillageSettings
from .page_cache import site_version
from .sites import current_site

# Search engines want a logo of at least 112 px a side; the original format is kept so an
# uploaded PNG keeps its transparency.
LOGO_SPEC = "max-600x600"
# Versioned under the site version, which saving the village settings bumps (core/apps.py).
ORGANIZATION_SECONDS = 24 * 60 * 60


def logo_object(home_url, image):
    rendition = image.get_rendition(LOGO_SPEC)
    return {
        "@type": "ImageObject",
        # Absolute from the site's own address, like the canonical links, whichever host
        # the request that built it came through (media on S3 is absolute already).
        "url": urljoin(home_url, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def build_organization(site, village):
    home_url = f"{site.root_url}/"
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "@id": f"{home_url}#organisasi",
        "name": village.village_name,
        "url": home_url,
    }
    if village.tagline:
        data["slogan"] = village.tagline
    if village.logo:
        data["logo"] = logo_object(home_url, village.logo)
    if village.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": " ".join(village.address.split()),
            "addressCountry": "ID",
        }
    if village.phone:
        data["telephone"] = village.phone
    if village.email:
        data["email"] = village.email
    same_as = [link["url"] for link in village.social_links()]
    if same_as:
        data["sameAs"] = same_as
    return data


def organization_jsonld(request):
    """The village office of the request's site. Every page shows it, so it is built once
    per site and kept until something site-wide changes (the logo needs a rendition)."""
    site = current_site(request)
    key = f"organization:{site.pk}:{site_version()}"
    return cache.get_or_set(
        key,
        lambda: build_organization(site, VillageSettings.for_request(request)),
        timeout=ORGANIZATION_SECONDS,
    )


def publisher(organization):
    """The organization as a NewsArticle names its publisher: the same @id, without the
    page-level @context."""
    return {key: value for key, value in organization.items() if key != "@context"}
