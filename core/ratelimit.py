"""Per-client request limits counted in the shared cache.

A client is a keyed hash of its IP address and today's date: nothing that names a person is
stored, and yesterday's counters cannot be tied to today's. A cache that fails lets the
request through: a limit is a guard against abuse, never a reason for an error page."""

import hashlib
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

ONE_DAY = 24 * 60 * 60


def client_ip(request):
    """The reader's address: REMOTE_ADDR, or behind our own proxy the hop it added.

    The proxy appends the address it saw to X-Forwarded-For, so the last hop is the one we
    can trust; anything left of it was sent by the client and could be made up."""
    if settings.BEHIND_PROXY:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if hops[-1]:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")


def client_id(request):
    """A hash of the client's address and today's date, never the address itself."""
    day = timezone.localdate().isoformat()
    return salted_hmac("core.ratelimit.client", f"{client_ip(request)}|{day}").hexdigest()[:32]


def _key(*parts):
    return hashlib.sha256("|".join(parts).encode("utf-8", "backslashreplace")).hexdigest()[:40]


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def check(request, name):
    """Count one request of this client against settings.RATE_LIMITS[name], a fixed window
    of (requests, seconds); over the limit, say how many seconds until the window ends."""
    limit, window = settings.RATE_LIMITS[name]
    now = int(time.time())
    key = f"ratelimit:{name}:{now // window}:{_key(client_id(request))}"
    try:
        # add() starts the window's counter only if it is not there yet; incr() is atomic,
        # so concurrent requests in every process count once each.
        cache.add(key, 0, window)
        count = cache.incr(key)
    except Exception:
        logger.warning("Rate limit %s not counted: the cache failed", name, exc_info=True)
        return Verdict(allowed=True)
    if count > limit:
        return Verdict(allowed=False, retry_after=window - now % window)
    return Verdict(allowed=True)


def first_time_today(request, name, value):
    """True the first time today that this client sends `value` under `name`."""
    key = f"ratelimit:once:{name}:{_key(client_id(request), value)}"
    try:
        return cache.add(key, 1, ONE_DAY)
    except Exception:
        logger.warning("Daily once-only check %s failed: the cache failed", name, exc_info=True)
        return True


def too_many_requests(request, verdict, message, back_url="/"):
    """The friendly 429 page with Retry-After."""
    response = TemplateResponse(
        request,
        "core/too_many_requests.html",
        {
            "message": message,
            "retry_minutes": max(1, -(-verdict.retry_after // 60)),
            "back_url": back_url,
        },
        status=429,
    )
    response["Retry-After"] = str(verdict.retry_after)
    return response


class PasswordResetLimitMiddleware:
    """Limits requests for a password-reset e-mail per client (settings.RATE_LIMITS
    "password_reset"), so nobody floods an editor's inbox; the view itself is Wagtail's."""

    URL_NAME = "wagtailadmin_password_reset"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name != self.URL_NAME:
            return None
        verdict = check(request, "password_reset")
        if verdict.allowed:
            return None
        return too_many_requests(
            request,
            verdict,
            _("Terlalu banyak permintaan atur ulang kata sandi dari perangkat ini."),
            back_url=reverse("wagtailadmin_login"),
        )
