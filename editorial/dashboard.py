"""Dashboard panels: buttons to start new content, what waits for a moderator, and an
author's own drafts."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import GroupApprovalTask, Page, Site

from articles.models import ArticleIndexPage, ArticlePage
from catalog.models import Product, TourismSpot

MY_DRAFTS_LIMIT = 10


def can_moderate(user):
    return (
        user.is_superuser
        or GroupApprovalTask.objects.filter(active=True, groups__in=user.groups.all()).exists()
    )


def news_index_for(request):
    """The Berita index of the request's site, or None when the site has none."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return ArticleIndexPage.objects.child_of(site.root_page).order_by("path").first()


def new_article_link(request):
    index = news_index_for(request)
    if index is None or not ArticlePage.can_create_at(index):
        return None
    if not index.permissions_for_user(request.user).can_add_subpage():
        return None
    opts = ArticlePage._meta
    return {
        "label": _("Tulis berita"),
        "icon": "edit",
        "url": reverse("wagtailadmin_pages:add", args=(opts.app_label, opts.model_name, index.pk)),
    }


def new_snippet_link(model, label, user):
    viewset = model.snippet_viewset
    if not viewset.permission_policy.user_has_permission(user, "add"):
        return None
    return {"label": label, "icon": viewset.icon, "url": reverse(viewset.get_url_name("add"))}


class NewContentPanel(Component):
    """Buttons to start an article, a tourist spot or a product, for whoever may add them."""

    name = "new_content"
    template_name = "editorial/dashboard/new_content.html"
    order = 90

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        links = [
            new_article_link(request),
            new_snippet_link(TourismSpot, _("Tambah wisata"), request.user),
            new_snippet_link(Product, _("Tambah produk"), request.user),
        ]
        return {"links": [link for link in links if link]}


APPROVE = "approve"


def confirmed_approval(actions):
    """Wagtail offers an instant "Setujui" beside "Setujui dengan komentar"; keep one
    "Setujui" that opens the confirmation dialog, where the comment is optional."""
    return [
        (name, _("Setujui") if name == APPROVE else label, modal)
        for name, label, modal in actions
        if name != APPROVE or modal
    ]


class AwaitingModerationPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's review panel, always shown to moderators, even when nothing waits."""

    name = "awaiting_moderation"
    template_name = "editorial/dashboard/awaiting_moderation.html"
    order = 100

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            state["actions"] = confirmed_approval(state["actions"])
        return context


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
