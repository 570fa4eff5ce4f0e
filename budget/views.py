"""Admin views of the APBDes: the spreadsheet import, and approval that reports an
unbalanced budget as a message instead of an error page."""

import datetime

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import WorkflowActionView

from .importer import MAX_BYTES, parse_budget_file, unsaved_budget
from .models import Budget
from .models.budget import FIRST_YEAR, LAST_YEAR

APPROVAL_REFUSED = gettext_lazy("“%(name)s” belum bisa disetujui dan diterbitkan. %(problems)s")


class BudgetWorkflowActionView(WorkflowActionView):
    """Approving publishes the latest revision; when Budget.publish refuses it (it does not
    balance), the budget stays waiting and the moderator reads why on its edit page."""

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ValidationError as refusal:
            messages.error(
                request,
                APPROVAL_REFUSED
                % {"name": get_latest_str(self.object), "problems": " ".join(refusal.messages)},
            )
            edit_url = reverse(self.redirect_url_name, args=(quote(self.object.pk),))
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": edit_url})
            return redirect(edit_url)


class ImportForm(forms.Form):
    year = forms.IntegerField(
        label=gettext_lazy("Tahun anggaran"), min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    site = forms.ModelChoiceField(
        label=gettext_lazy("Situs desa"), queryset=Site.objects.all(), empty_label=None
    )
    file = forms.FileField(
        label=gettext_lazy("Berkas XLSX atau CSV"),
        help_text=gettext_lazy(
            "Kolom Kode, Uraian, Anggaran, Realisasi, Tanggal Realisasi; baris PENDAPATAN, "
            "BELANJA, PEMBIAYAAN dan JUMLAH seperti laporan Siskeudes. Maksimal 5 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean(self):
        cleaned = super().clean()
        year, site = cleaned.get("year"), cleaned.get("site")
        if year and site and Budget.objects.filter(site=site, year=year).exists():
            self.add_error(
                "year",
                _(
                    "APBDes tahun %(year)s sudah ada. Ubah APBDes itu, atau hapus dulu "
                    "sebelum mengimpor ulang."
                )
                % {"year": year},
            )
        return cleaned


def create_draft(form, parsed, user):
    """The imported budget as a draft with its first revision, ready to be submitted."""
    budget = unsaved_budget(form.cleaned_data["site"], form.cleaned_data["year"], parsed)
    with transaction.atomic():
        budget.save()
        budget.save_revision(user=user, log_action=True)
    return budget


class ImportBudgetView(WagtailAdminTemplateMixin, FormView):
    """Upload a spreadsheet, get a draft APBDes; with any error, nothing is saved and every
    error is listed by row and column."""

    template_name = "budget/admin/import.html"
    form_class = ImportForm
    page_title = gettext_lazy("Impor APBDes dari spreadsheet")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not ModelPermissionPolicy(Budget).user_has_permission(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_budget_budget:list"), "label": _("APBDes")},
            {"url": "", "label": self.page_title},
        ]

    def get_initial(self):
        request = self.request
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        return {"year": datetime.date.today().year, "site": site}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("errors", [])
        context["max_megabytes"] = MAX_BYTES // (1024 * 1024)
        return context

    def form_valid(self, form):
        parsed = parse_budget_file(form.cleaned_data["file"])
        if parsed.errors:
            return self.render_to_response(self.get_context_data(form=form, errors=parsed.errors))
        budget = create_draft(form, parsed, self.request.user)
        messages.success(
            self.request,
            _(
                "APBDes %(year)s diimpor sebagai draf dengan %(count)s baris. Periksa, lalu "
                "kirim ke moderator."
            )
            % {"year": budget.year, "count": len(parsed.lines)},
        )
        return redirect("wagtailsnippets_budget_budget:edit", budget.pk)
