"""The public APBDes page: one year's budget (?tahun=, the latest by default) with totals,
charts, realisation per bidang, the year before, downloads and Dataset JSON-LD."""

from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.models import SitePage, VillageSettings
from core.sites import current_site

from ..export import budget_csv, budget_json
from ..report import BudgetReport
from ..share_image import SIZE as SHARE_IMAGE_SIZE
from ..share_image import share_image_png
from ..structured_data import dataset_jsonld
from .budget import FIRST_YEAR, LAST_YEAR, Budget

YEAR_PARAMETER = "tahun"


def chosen_year(value, years):
    """The year asked for in ?tahun=, or the latest published one, and a message for the
    reader when the asked year is not a published one."""
    latest = years[0] if years else None
    if value is None or value == "":
        return latest, ""
    if value.strip().isdigit() and int(value) in years:
        return int(value), ""
    shown = _("ditampilkan APBDes %(year)s.") % {"year": latest} if latest else ""
    return latest, _("APBDes tahun “%(value)s” tidak tersedia; %(shown)s") % {
        "value": value[:20],
        "shown": shown,
    }


class BudgetPage(RoutablePageMixin, SitePage):
    intro = models.TextField(gettext_lazy("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = [
        "home.HomePage",
        "standard_pages.StandardPage",
        "government.GovernmentPage",
    ]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = gettext_lazy("halaman APBDes")

    def meta_description(self):
        return self.search_description or self.intro

    def download_paths(self, year):
        """Paths of the downloads of `year`, under this page's own path."""
        url = self.get_url()
        if not url:
            return []
        return [url + self.reverse_subpage(name, args=[year]) for name in ("csv", "json")]

    def share_image_path(self, year):
        """Path of the 1080×1080 picture of `year` (WhatsApp, og:image)."""
        url = self.get_url()
        return url + self.reverse_subpage("share_image", args=[year]) if url else ""

    def published_budget(self, request, year):
        # A year out of the field's range is no budget (and no database overflow).
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise Http404
        budget = (
            Budget.objects.live_for_site(current_site(request)).filter(year=year).with_lines()
        ).first()
        if budget is None:
            raise Http404
        return budget

    @path("", name="index")
    def index(self, request):
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = current_site(request)
        years = list(
            Budget.objects.live_for_site(site).order_by("-year").values_list("year", flat=True)
        )
        year, year_message = chosen_year(request.GET.get(YEAR_PARAMETER), years)
        report = None
        if year is not None:
            budgets = {
                budget.year: budget
                for budget in Budget.objects.live_for_site(site)
                .filter(year__in=[year, year - 1])
                .with_lines()
            }
            report = BudgetReport(budgets[year], budgets.get(year - 1))
            context["dataset_jsonld"] = dataset_jsonld(
                request, self, report.budget, VillageSettings.for_request(request).village_name
            )
            # Link previews show the year's own picture rather than the village's image.
            if image_path := self.share_image_path(year):
                context["social_image_url"] = request.build_absolute_uri(image_path)
                context["social_image_width"] = context["social_image_height"] = SHARE_IMAGE_SIZE
        context.update(years=years, year=year, year_message=year_message, report=report)
        return context

    @path("unduh/<int:year>/csv/", name="csv")
    def download_csv(self, request, year):
        budget = self.published_budget(request, year)
        response = HttpResponse(budget_csv(budget), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="apbdes-{year}.csv"'
        return response

    @path("unduh/<int:year>/json/", name="json")
    def download_json(self, request, year):
        budget = self.published_budget(request, year)
        village = VillageSettings.for_request(request).village_name
        response = HttpResponse(
            budget_json(budget, village), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="apbdes-{year}.json"'
        return response

    @path("gambar/<int:year>/", name="share_image")
    def share_image(self, request, year):
        budget = self.published_budget(request, year)
        village = VillageSettings.for_request(request).village_name
        address = self.get_full_url(request) or ""
        address = address.removeprefix("https://").removeprefix("http://")
        response = HttpResponse(share_image_png(budget, village, address), content_type="image/png")
        response["Content-Disposition"] = f'inline; filename="apbdes-{year}.png"'
        return response
