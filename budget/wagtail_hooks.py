"""The "APBDes" admin menu: budgets per year with their totals, edited with their lines
inline, and an import from a spreadsheet."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, TitleColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .models import Budget
from .views import BudgetWorkflowActionView, ImportBudgetView


class BudgetIndexView(IndexView):
    """The listing, with "Impor dari spreadsheet" beside "Tambah"."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(
                    _("Impor dari spreadsheet"), url=reverse("budget_import"), icon_name="upload"
                )
            )
        return buttons


class BudgetViewSet(SnippetViewSet):
    model = Budget
    icon = "table"
    menu_label = _("APBDes")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = BudgetIndexView
    workflow_action_view_class = BudgetWorkflowActionView
    copy_view_enabled = False
    list_display = [
        TitleColumn("year", label=_("Tahun"), url_name="wagtailsnippets_budget_budget:edit"),
        Column("pendapatan", label=_("Pendapatan"), accessor="pendapatan_display"),
        Column("belanja", label=_("Belanja"), accessor="belanja_display"),
        Column("silpa", label=_("SILPA"), accessor="silpa_display"),
        LiveStatusTagColumn(),
    ]
    ordering = ["-year"]

    def get_queryset(self, request):
        return Budget.objects.select_related("site").prefetch_related("lines")


register_snippet(BudgetViewSet)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("apbdes/impor/", ImportBudgetView.as_view(), name="budget_import")]
