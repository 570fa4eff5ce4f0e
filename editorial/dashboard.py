"""Dashboard panels: what waits for a moderator, and an author's own drafts."""

from django.db.models import Q
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import GroupApprovalTask, Page

from catalog.models import Product, TourismSpot

MY_DRAFTS_LIMIT = 10


def can_moderate(user):
    return (
        user.is_superuser
        or GroupApprovalTask.objects.filter(active=True, groups__in=user.groups.all()).exists()
    )


class AwaitingModerationPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's review panel, always shown to moderators, even when nothing waits."""

    name = "awaiting_moderation"
    template_name = "editorial/dashboard/awaiting_moderation.html"
    order = 100


def draft_title(obj):
    """The title as the author last saved it, not the live one."""
    if isinstance(obj, Page):
        return obj.get_admin_display_title()
    return obj.latest_revision.object_str


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[obj.pk])


def unpublished_work(queryset, user):
    """Objects whose newest revision is the user's and is not live yet."""
    return (
        queryset.filter(latest_revision__user=user)
        .filter(Q(live=False) | Q(has_unpublished_changes=True))
        .select_related("latest_revision")
        .order_by("-latest_revision__created_at")[:MY_DRAFTS_LIMIT]
    )


class MyDraftsPanel(Component):
    name = "my_drafts"
    template_name = "editorial/dashboard/my_drafts.html"
    order = 110

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        candidates = [
            *unpublished_work(Page.objects.specific(), user),
            *unpublished_work(TourismSpot.objects.all(), user),
            *unpublished_work(Product.objects.all(), user),
        ]
        candidates.sort(key=lambda obj: obj.latest_revision.created_at, reverse=True)
        drafts = [
            {
                "title": draft_title(obj),
                "kind": obj._meta.verbose_name,
                "status": obj.status_string,
                "edited_at": obj.latest_revision.created_at,
                "url": edit_url(obj),
            }
            for obj in candidates[:MY_DRAFTS_LIMIT]
        ]
        return {"drafts": drafts}
