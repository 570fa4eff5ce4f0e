from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from catalog.models import Product, TourismSpot
from core.sitemaps import RoutedItemSitemap
from documents.models import LegalDocument
from search import views as search_views

# Pages, then the wisata, products and legal documents their index pages serve.
SITEMAPS = {
    "halaman": PageSitemap,
    "wisata": RoutedItemSitemap.for_model(TourismSpot),
    "produk": RoutedItemSitemap.for_model(Product),
    "dokumen": RoutedItemSitemap.for_model(LegalDocument),
}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("cari/", search_views.search_view, name="search"),
    path("cari/saran/", search_views.suggestions_view, name="search_suggestions"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    from django.urls import re_path
    from django.views.static import serve

    # Only image renditions (and the admin's avatars) are served as files. Documents go
    # through /documents/, which guards private collections; original images and pending
    # uploads are never served.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:images|avatar_images)/[^/]+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

urlpatterns += [path("", include(wagtail_urls))]

# A database outage answers 503 with Retry-After, any other unhandled error the 500 page.
handler500 = "core.views.server_error"
