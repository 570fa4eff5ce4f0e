"""A cache of anonymous readers' page views, purged path by path when content changes.

Every cached response sits under its path's version number, so bumping that number
retires the page with all its query strings (?page=2, ?kategori=...). What changed
decides which paths are bumped (see core/purge.py); a change that shows everywhere
(village settings, categories) bumps the global number instead."""

import hashlib

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control, patch_vary_headers

from .versioned_cache import VersionCounter

GLOBAL_VERSION_KEY = "pagecache:global"
site_wide = VersionCounter(GLOBAL_VERSION_KEY)
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/cari/", "/media/", "/static/")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/plain")
# Browsers keep a page briefly; a shared cache (CDN) longer, since purges reach it.
BROWSER_MAX_AGE = 60


def path_version_key(path):
    return f"pagecache:path:{hashlib.sha256(path.encode()).hexdigest()[:32]}"


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


def response_key(request):
    versions = cache.get_many([GLOBAL_VERSION_KEY, path_version_key(request.path)])
    query = hashlib.sha256(request.META.get("QUERY_STRING", "").encode()).hexdigest()[:32]
    return (
        f"pagecache:page:{versions.get(GLOBAL_VERSION_KEY, 1)}:"
        f"{versions.get(path_version_key(request.path), 1)}:"
        f"{request.get_host()}:{request.path}:{query}"
    )


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
        self.seconds = settings.PAGE_CACHE_SECONDS
        if not self.seconds or not is_anonymous_read(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                patch_cache_control(response, private=True)
            return response
        key = response_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if is_cacheable(response):
            patch_cache_control(
                response, public=True, max_age=BROWSER_MAX_AGE, s_maxage=self.seconds
            )
            patch_vary_headers(response, ["Cookie"])
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(key, response, self.seconds)
            response["X-Cache"] = "MISS"
        return response
