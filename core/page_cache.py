"""A cache of anonymous readers' page views, purged path by path when content changes.

Every cached response sits under its path's version number, so bumping that number
retires the page with all its query strings (?page=2, ?kategori=...). What changed
decides which paths are bumped (see core/purge.py); a change that shows everywhere
(village settings, categories) bumps the global number instead.

Only the query parameters a page reads vary its key, and the page sees no others: junk
such as ?r=<random> or ?utm_source= is served from the cache, so it cannot bypass it.

A copy outlives its freshness by a day; it is served only when the database is down (the
inner layers answer 503, core/views.py), and only while no purge has retired it."""

import hashlib
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import urlencode
from wagtail.models import Page

from .versioned_cache import VersionCounter

GLOBAL_VERSION_KEY = "pagecache:global"
site_wide = VersionCounter(GLOBAL_VERSION_KEY)
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/cari/", "/media/", "/static/")
CACHEABLE_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/xml",
    "text/plain",
    "text/calendar",
    "image/png",
)
# Browsers keep a page briefly; a shared cache (CDN) longer, since purges reach it.
BROWSER_MAX_AGE = 60
# How long past its freshness a copy is kept, to be served only while the database is down.
STALE_SECONDS = 24 * 60 * 60
# Every query parameter any cached view reads: the listings' page, kategori, tag, q, urut and
# tahun (Produk Hukum, APBDes), search's jenis and the sitemap's p. Until the cache has seen
# which page answers a path, these and only these vary its key; then only those its page
# type declares (settings.PAGE_CACHE_QUERY_PARAMETERS).
SITE_QUERY_PARAMETERS = frozenset({"jenis", "kategori", "p", "page", "q", "tag", "tahun", "urut"})


def digest(*parts):
    """A fixed-length hash of key parts, so NUL bytes and long paths never reach a key."""
    text = "\0".join(parts)
    return hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()[:32]


def path_version_key(path):
    return f"pagecache:path:{digest(path)}"


def parameters_key(host, path):
    return f"pagecache:params:{digest(host, path)}"


def purge_paths(paths):
    paths = set(paths)
    for path in paths:
        VersionCounter(path_version_key(path)).bump()
    if apps.is_installed("wagtail.contrib.frontend_cache"):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        root = settings.WAGTAILADMIN_BASE_URL
        purge_urls_from_cache([f"{root}{path}" for path in paths])


def purge_everything():
    site_wide.bump()


def site_version():
    """Changes whenever something every page shows changes (settings, menu, categories)."""
    return site_wide.current()


def response_key(versions, host, path, kept):
    return (
        f"pagecache:page:{versions.get(GLOBAL_VERSION_KEY, 1)}:"
        f"{versions.get(path_version_key(path), 1)}:{digest(host, path, urlencode(kept))}"
    )


def keep_only(request, names):
    """Leave the view only the named query parameters, one value each (the last, as
    QueryDict.get reads it); return them as sorted (name, value) pairs."""
    kept = sorted((name, request.GET[name]) for name in names if name in request.GET)
    request.GET = QueryDict(urlencode(kept))
    return kept


def declared_parameters(request):
    """The query parameters the page type that answered reads, or every site parameter when
    no Wagtail page answered (the sitemap, robots.txt)."""
    match = request.resolver_match
    route = None
    if match is not None and match.url_name == "wagtail_serve":
        # Wagtail keeps the route it served on the request, so this costs no query.
        route = Page.route_for_request(request, request.path)
    if route is None:
        return SITE_QUERY_PARAMETERS
    label = route.page._meta.label
    return frozenset(settings.PAGE_CACHE_QUERY_PARAMETERS.get(label, ()))


def is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(SKIPPED_PREFIXES)
    )


def is_cacheable(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serves anonymous GETs from the cache; logged-in editors always see live rendering."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not is_anonymous_read(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                patch_cache_control(response, private=True)
            return response
        host, path = request.get_host(), request.path
        keys = [GLOBAL_VERSION_KEY, path_version_key(path), parameters_key(host, path)]
        versions = cache.get_many(keys)
        known = versions.get(parameters_key(host, path))
        kept = keep_only(request, SITE_QUERY_PARAMETERS if known is None else set(known))
        key = response_key(versions, host, path, kept)
        fresh_until, cached = cache.get(key) or (0, None)
        if cached is not None and time.time() < fresh_until:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if cached is not None and getattr(response, "database_unavailable", False):
            # The database is down: the last copy still under the current versions (so
            # never one that a purge retired) beats an error page.
            cached["X-Cache"] = "STALE"
            cached["Cache-Control"] = "no-cache"
            return cached
        if is_cacheable(response):
            declared = declared_parameters(request)
            if known is None or set(known) != declared:
                cache.set(parameters_key(host, path), sorted(declared), seconds)
            patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE, s_maxage=seconds)
            patch_vary_headers(response, ["Cookie"])
            if hasattr(response, "render") and callable(response.render):
                response.render()
            # A first view of a path may have kept a parameter its page does not read (and
            # may echo, as pagination links do); the next view leaves it out and is cached.
            if {name for name, _value in kept} <= declared:
                cache.set(key, (time.time() + seconds, response), seconds + STALE_SECONDS)
            response["X-Cache"] = "MISS"
        return response
