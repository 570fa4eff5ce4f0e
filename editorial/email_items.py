"""What a notification e-mail says about an item: its kind, its latest title, who sent it
for moderation, and the absolute links its reader follows (preview, edit, public page)."""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.text import capfirst
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_admin_base_url, get_latest_str
from wagtail.models import Page


@dataclass(frozen=True)
class EmailItem:
    kind: str
    title: str
    submitter: str
    edit_url: str
    preview_url: str
    public_url: str


def workflow_preview_path(item, task):
    if isinstance(item, Page):
        return reverse("wagtailadmin_pages:workflow_preview", args=[item.pk, task.pk])
    viewset = item.snippet_viewset
    return reverse(viewset.get_url_name("workflow_preview"), args=[quote(item.pk), task.pk])


def public_url(item):
    if not item.live:
        return ""
    if isinstance(item, Page):
        return item.full_url or ""
    return item.get_full_url() or ""


def submitter_name(item):
    workflow_state = item.current_workflow_state
    user = workflow_state.requested_by if workflow_state else None
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def email_item(item, user, task=None):
    """The item as the e-mail to `user` describes it ("Berita", "Wisata", "Produk warga");
    a link the user may not open, or that does not exist yet, is empty."""
    if isinstance(item, Page):
        item = item.specific
    base_url = get_admin_base_url() or ""
    edit_path = AdminURLFinder(user).get_edit_url(item) if user is not None else None
    preview_path = ""
    if task and item.is_previewable():
        preview_path = workflow_preview_path(item, task)
    return EmailItem(
        kind=capfirst(item._meta.verbose_name),
        title=get_latest_str(item),
        submitter=submitter_name(item),
        edit_url=f"{base_url}{edit_path}" if edit_path else "",
        preview_url=f"{base_url}{preview_path}" if preview_path else "",
        public_url=public_url(item),
    )
