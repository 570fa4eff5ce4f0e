"""Content-Security-Policy for the public site: only the site's own scripts run, and no
other site may frame it. The admin's preview panel may frame the site's own previews."""

from urllib.parse import urlsplit

from django.conf import settings

# Public pages use no device or payment feature; nothing they embed may ask for one either.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
# Video embeds (YouTube, Vimeo) are the only third-party content editors can add.
VIDEO_FRAMES = "https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com"


def public_policy(media_url, frame_ancestors="'none'"):
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
        f"frame-ancestors {frame_ancestors}",
    ]
    return "; ".join(directives)


def is_preview(request):
    """Wagtail renders a preview through the whole middleware chain with a stand-in request
    for the page's public address, and marks that request (models/preview.py)."""
    return getattr(request, "is_preview", False)


class ContentSecurityPolicyMiddleware:
    """Adds the policy to public pages; the Wagtail admin relies on inline scripts.

    A preview is the public page rendered inside the admin's side panel (an iframe on the
    same origin), so it may be framed by the site itself; everything else refuses framing.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = public_policy(settings.MEDIA_URL)
        self.preview_policy = public_policy(settings.MEDIA_URL, frame_ancestors="'self'")

    def __call__(self, request):
        response = self.get_response(request)
        if is_preview(request):
            response.headers["Content-Security-Policy"] = self.preview_policy
            # Set before XFrameOptionsMiddleware (outside this one) would write DENY.
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        elif not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
