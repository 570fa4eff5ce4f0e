"""Admin views of the catalog snippets that differ from Wagtail's."""

from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str
from wagtail.snippets.views.snippets import WorkflowActionView

from .publishing import APPROVAL_REFUSED


class CatalogWorkflowActionView(WorkflowActionView):
    """Approving (from the dashboard or the header's menu) publishes the latest revision.
    When CatalogItem.publish refuses it, for a missing photo or alt text, the item stays
    waiting and the moderator reads why on its edit page, instead of an error page."""

    def post(self, request, *args, **kwargs):
        try:
            # Wagtail's approval is atomic too; this also undoes what ran before it.
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ValidationError as refusal:
            message = APPROVAL_REFUSED % {
                "name": get_latest_str(self.object),
                "problems": " ".join(refusal.messages),
            }
            messages.error(request, message)
            edit_url = reverse(self.redirect_url_name, args=(quote(self.object.pk),))
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": edit_url})
            return redirect(edit_url)
