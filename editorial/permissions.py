"""Rules that protect live content beyond Wagtail's group permissions: an uploader keeps
their own images and documents only while nothing live uses them, another user's draft
stays closed while it waits for moderation, and the admin says why a door is shut."""

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model, get_image_model_string
from wagtail.models import DraftStateMixin, Page, ReferenceIndex, WorkflowMixin
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import get_snippet_models

from core.models import VillageSettings

from .dashboard import can_moderate

# Wagtail's ownership policy treats "delete" as "change"; both end where live use begins.
EDITING = {"change", "delete"}


def base_model(model):
    """The concrete model the reference index files an object under (Page for pages)."""
    parents = model._meta.get_parent_list()
    return parents[-1] if parents else model


def from_live_content():
    """ReferenceIndex rows whose source is live. The index follows the database row, which
    for a page or catalog item that was never published holds its draft, so such a source
    counts only once it is live; sources without drafts (site settings) always count."""
    draft_state_models = {
        base_model(model)
        for model in ReferenceIndex.indexed_models
        if issubclass(model, DraftStateMixin)
    }
    content_types = ContentType.objects.get_for_models(*draft_state_models)
    live = ~Q(base_content_type__in=list(content_types.values()))
    for model, content_type in content_types.items():
        live_ids = model._default_manager.filter(live=True).values_list(
            Cast("pk", output_field=CharField())
        )
        live |= Q(base_content_type=content_type, object_id__in=live_ids)
    return live


def is_used_on_live_content(obj):
    return ReferenceIndex.get_references_to(obj).filter(from_live_content()).exists()


class LiveContentOwnershipPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents (collection permissions, and "add" lets
    the uploader change their own), except that the uploader's own right ends once live
    content uses the file: replacing or deleting it then needs "change" (moderators)."""

    @staticmethod
    def granted_actions(actions):
        """The collection permissions that grant `actions` without ownership."""
        granted = set(actions) & {"choose", "change"}
        if "delete" in actions:
            granted.add("change")
        return granted

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = super().user_has_any_permission_for_instance(user, actions, instance)
        if not allowed or not EDITING & set(actions):
            return allowed
        if self._check_perm(user, self.granted_actions(actions), collection=instance.collection):
            return True
        return not is_used_on_live_content(instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if not EDITING & set(actions) or user.is_superuser or not user.is_authenticated:
            return instances
        live_use = ReferenceIndex.objects.filter(
            from_live_content(),
            to_content_type=ContentType.objects.get_for_model(base_model(self.model)),
            to_object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        granted = self._collections_with_perm(user, self.granted_actions(actions))
        return instances.filter(Q(collection__in=granted) | ~Exists(live_use))

    def users_with_any_permission_for_instance(self, actions, instance):
        if EDITING & set(actions) and is_used_on_live_content(instance):
            return self._users_with_perm(
                self.granted_actions(actions), collection=instance.collection
            )
        return super().users_with_any_permission_for_instance(actions, instance)


def register_policies():
    """Called from EditorialConfig.ready(). exact_class wins over the policies the image
    and document apps register for their own models, whichever app is ready first."""
    for model_string, auth_model in [
        (get_image_model_string(), "wagtailimages.Image"),
        (get_document_model_string(), "wagtaildocs.Document"),
    ]:
        policy = LiveContentOwnershipPolicy(
            model_string, auth_model=auth_model, owner_field_name="uploaded_by_user"
        )
        register_permission_policy(policy.model, policy, exact_class=True)
    # The village logo and share image are on every public page: their use counts as live.
    ReferenceIndex.register_model(VillageSettings)


# --- Drafts in moderation ------------------------------------------------------------


def is_held_from(obj, user):
    """True when `obj` is another user's draft waiting for moderation and `user` is not a
    moderator: only its author and the moderators may open it until it is decided."""
    if not isinstance(obj, WorkflowMixin):
        return False
    state = obj.current_workflow_state
    if state is None or state.requested_by_id == user.pk:
        return False
    return not can_moderate(user)


# --- The admin gate ------------------------------------------------------------------

# Admin views that show or change an object's latest draft (pages and snippets alike).
DRAFT_VIEWS = frozenset(
    {
        "edit",
        "preview_on_edit",
        "view_draft",
        "revisions_view",
        "revisions_compare",
        "revisions_revert",
        "history",
        "history_results",
        "workflow_history",
        "workflow_history_detail",
        "workflow_action",
        "collect_workflow_action_data",
        "confirm_workflow_cancellation",
        "workflow_preview",
        "copy",
        "inspect",
    }
)
# Reports that list other users' submissions and actions.
MODERATOR_REPORTS = frozenset(
    {
        "workflow",
        "workflow_results",
        "workflow_tasks",
        "workflow_tasks_results",
        "site_history",
        "site_history_results",
    }
)
UPLOAD_ACTIONS = {"edit": "change", "delete": "delete"}

HELD_DRAFT = _(
    "Draf ini sedang menunggu moderasi. Hanya pengirimnya dan moderator yang dapat "
    "membuka atau mengubahnya."
)
MODERATORS_ONLY = _("Laporan ini hanya untuk moderator.")
UPLOAD_REFUSALS = {
    "wagtailimages": {
        "live": _(
            "Gambar ini dipakai di konten yang sudah terbit. Hanya moderator yang dapat "
            "mengubah, mengganti berkas, atau menghapusnya."
        ),
        "other": _("Anda hanya dapat mengubah gambar yang Anda unggah sendiri."),
    },
    "wagtaildocs": {
        "live": _(
            "Dokumen ini dipakai di konten yang sudah terbit. Hanya moderator yang dapat "
            "mengubah, mengganti berkas, atau menghapusnya."
        ),
        "other": _("Anda hanya dapat mengubah dokumen yang Anda unggah sendiri."),
    },
}
UPLOAD_MODELS = {"wagtailimages": get_image_model, "wagtaildocs": get_document_model}
UPLOAD_ID_KWARGS = {"wagtailimages": "image_id", "wagtaildocs": "document_id"}


def workflow_snippet_models():
    """Snippet URL namespaces mapped to their models, for snippets with moderation."""
    return {
        model.snippet_viewset.url_namespace: model
        for model in get_snippet_models()
        if issubclass(model, WorkflowMixin)
    }


def held_draft_refusal(match, user):
    if match.url_name not in DRAFT_VIEWS:
        return None
    if match.namespace == "wagtailadmin_pages":
        # Most page URLs name the page "page_id"; the revision comparison names it "pk".
        page_id = match.kwargs.get("page_id", match.kwargs.get("pk"))
        obj = Page.objects.filter(pk=page_id).first()
    elif model := workflow_snippet_models().get(match.namespace):
        obj = model._default_manager.filter(pk=unquote(str(match.kwargs.get("pk")))).first()
    else:
        return None
    if obj is not None and is_held_from(obj, user):
        return HELD_DRAFT
    return None


def report_refusal(match, user):
    if match.namespace != "wagtailadmin_reports" or match.url_name not in MODERATOR_REPORTS:
        return None
    return None if can_moderate(user) else MODERATORS_ONLY


def upload_refusal(match, user):
    action = UPLOAD_ACTIONS.get(match.url_name)
    if action is None or match.namespace not in UPLOAD_MODELS:
        return None
    model = UPLOAD_MODELS[match.namespace]()
    obj = model.objects.filter(pk=match.kwargs.get(UPLOAD_ID_KWARGS[match.namespace])).first()
    if obj is None:
        return None
    policy = policy_registry.get_by_type(model)
    if policy.user_has_permission_for_instance(user, action, obj):
        return None
    reasons = UPLOAD_REFUSALS[match.namespace]
    if obj.uploaded_by_user_id == user.pk and is_used_on_live_content(obj):
        return reasons["live"]
    return reasons["other"]


REFUSALS = (held_draft_refusal, report_refusal, upload_refusal)
# The reports menu's names for the reports above.
MODERATOR_REPORT_MENU_ITEMS = frozenset({"workflows", "workflow-tasks", "site-history"})


def hide_moderator_reports(request, menu_items):
    """construct_reports_menu hook: a Penulis does not see the reports they cannot open."""
    if not can_moderate(request.user):
        menu_items[:] = [
            item for item in menu_items if item.name not in MODERATOR_REPORT_MENU_ITEMS
        ]


class RoleGateMiddleware:
    """Turns a role away from the admin views above, the way Wagtail turns away a missing
    permission (back to the dashboard with a message) but saying why, in Indonesian.
    Wagtail has no per-object check to extend on the preview, revision and report views,
    so held drafts and reports are closed here; for uploads the policy above stays the
    lock and this only explains its refusal."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        match = request.resolver_match
        if user is None or not user.is_authenticated or user.is_superuser or match is None:
            return None
        for refusal in REFUSALS:
            if reason := refusal(match, user):
                return refuse(request, reason)
        return None


def refuse(request, reason):
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied
    messages.error(request, reason)
    return redirect("wagtailadmin_home")
