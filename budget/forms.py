"""The admin's APBDes form: a draft saves as typed, but submitting, publishing or approving
needs a balanced budget (budget.balance), checked against the lines on screen."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import balance
from .sections import Section

LINES = "lines"
# The edit view's buttons that send a budget towards the public site. Approving from the
# edit view posts "action-workflow-action" with the task's action name.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
APPROVE = "approve"
NOT_BALANCED = _("APBDes ini belum bisa diterbitkan atau dikirim ke moderator:")
DECLARED_FIELDS = {
    Section.PENDAPATAN: "declared_pendapatan",
    Section.BELANJA: "declared_belanja",
    Section.PEMBIAYAAN_PENERIMAAN: "declared_penerimaan",
    Section.PEMBIAYAAN_PENGELUARAN: "declared_pengeluaran",
}


def requests_publication(data):
    """Whether the posted button submits, resubmits, publishes or approves the budget."""
    if any(data.get(name) for name in PUBLISHING_ACTIONS):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == APPROVE


class BudgetForm(WagtailAdminModelForm):
    def publication_requested(self):
        # Wagtail defers required fields exactly when it saves a draft or renders a preview.
        return not self.is_deferred_validation and requests_publication(self.data)

    def full_clean(self):
        super().full_clean()
        if self.is_bound and LINES in self.formsets and self.publication_requested():
            self.check_balance(self.formsets[LINES])

    def check_balance(self, lines):
        if not lines.is_valid() or not hasattr(self, "cleaned_data"):
            return
        entries = [
            (row.cleaned_data["section"], row.cleaned_data["amount"])
            for row in lines.forms
            if row.cleaned_data.get("section") and not row.cleaned_data.get("DELETE")
        ]
        declared = {
            section: self.cleaned_data.get(field) for section, field in DECLARED_FIELDS.items()
        }
        problems = balance.publication_problems(entries, declared)
        if problems:
            self.add_error(None, NOT_BALANCED)
            for problem in problems:
                self.add_error(None, problem)
