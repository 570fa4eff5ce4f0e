"""Content-Security-Policy for the public site: only the site's own scripts run."""

from urllib.parse import urlsplit

from django.conf import settings

# Public pages use no device or payment feature; nothing they embed may ask for one either.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
# Video embeds (YouTube, Vimeo) are the only third-party content editors can add.
VIDEO_FRAMES = "https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com"


def public_policy(media_url):
    """The policy string; media on another host (S3, a CDN) is allowed for images."""
    parts = urlsplit(media_url)
    media_origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    directives = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        " ".join(filter(None, ["img-src 'self' data:", media_origin])),
        f"frame-src {VIDEO_FRAMES}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    return "; ".join(directives)


class ContentSecurityPolicyMiddleware:
    """Adds the policy to public pages; the Wagtail admin relies on inline scripts."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = public_policy(settings.MEDIA_URL)

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", self.policy)
            response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
