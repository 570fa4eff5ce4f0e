"""Admin report "Pencarian populer": what readers look for, what they did not find, and
which queries moderators let readers see on the search page."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.search_promotions.models import Query

from .models import ApprovedPopularQuery

REPORT_DAYS = 30
REPORT_ROWS = 50
REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"
# Whoever may pin results for a query (moderators) decides which queries readers see.
APPROVE_PERMISSION = "wagtailsearchpromotions.change_searchpromotion"


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
    page_title = gettext_lazy("Pencarian populer")
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
        approved = ApprovedPopularQuery.objects.filter(query=OuterRef("pk"))
        context.update(
            days=REPORT_DAYS,
            popular=queries_ranked_by("daily_hits", since).annotate(is_public=Exists(approved)),
            zero_results=queries_ranked_by("zero_result_hits", since),
            can_approve=self.request.user.has_perm(APPROVE_PERMISSION),
        )
        return context


class PopularQueryApprovalView(View):
    """Shows a query in the public "Pencarian populer" list, or hides it again."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(APPROVE_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, query_id):
        query = get_object_or_404(Query, pk=query_id)
        action = request.POST.get("action")
        if action == "approve":
            ApprovedPopularQuery.objects.get_or_create(query=query)
            messages.success(
                request,
                _("“%(query)s” kini tampil di Pencarian populer.") % {"query": query},
            )
        elif action == "hide":
            ApprovedPopularQuery.objects.filter(query=query).delete()
            messages.success(
                request,
                _("“%(query)s” tidak lagi tampil di Pencarian populer.") % {"query": query},
            )
        else:
            messages.error(request, _("Tindakan tidak dikenali."))
        return redirect("popular_searches")


class PopularSearchesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_popular_searches_url():
    return [
        path("laporan/pencarian/", PopularSearchesView.as_view(), name="popular_searches"),
        path(
            "laporan/pencarian/<int:query_id>/tampil/",
            PopularQueryApprovalView.as_view(),
            name="popular_search_approval",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_popular_searches_menu_item():
    return PopularSearchesMenuItem(
        gettext_lazy("Pencarian populer"),
        reverse("popular_searches"),
        name="popular-searches",
        icon_name="search",
        order=900,
    )
