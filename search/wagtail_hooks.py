"""Admin report "Pencarian populer": what readers look for, and what they did not find."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.search_promotions.models import Query

REPORT_DAYS = 30
REPORT_ROWS = 50
REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def queries_ranked_by(relation, since):
    """Queries with their hit total since `since`, most searched first."""
    recent = Q(**{f"{relation}__date__gte": since})
    return (
        Query.objects.filter(recent)
        .annotate(total=Sum(f"{relation}__hits", filter=recent))
        .order_by("-total", "query_string")[:REPORT_ROWS]
    )


class PopularSearchesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/popular_searches.html"
    page_title = _("Pencarian populer")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        since = timezone.localdate() - timedelta(days=REPORT_DAYS)
        context.update(
            days=REPORT_DAYS,
            popular=queries_ranked_by("daily_hits", since),
            zero_results=queries_ranked_by("zero_result_hits", since),
        )
        return context


class PopularSearchesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_popular_searches_url():
    return [
        path("laporan/pencarian/", PopularSearchesView.as_view(), name="popular_searches"),
    ]


@hooks.register("register_reports_menu_item")
def register_popular_searches_menu_item():
    return PopularSearchesMenuItem(
        _("Pencarian populer"),
        reverse("popular_searches"),
        name="popular-searches",
        icon_name="search",
        order=900,
    )
