"""Admin saves that never end in a server error.

Wagtail's autosave creates a new item with the first pause in typing; a click on "Simpan
draf" a moment later still posts to the create view, because the page has not yet heard
back. Creates are therefore taken one at a time, and a create that finds the same user's
fresh draft at the same address continues that draft through its edit view instead of
making a twin (which would fail on the address anyway, or on the database's unique
constraint when both land in the same second).

Form data that Wagtail cannot even read (a non-numeric StreamField count, rich text that is
not JSON, an image id that is not a number) raises deep inside form handling; under /admin/
such a POST gets a 400 with an Indonesian message instead of a 500.
"""

import hashlib
import json
import logging
import threading
from contextlib import contextmanager
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, connection, transaction
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from wagtail.admin.views.generic.models import CreateView as ModelCreateView
from wagtail.models import Page

logger = logging.getLogger(__name__)
CREATE_LOCK = threading.Lock()

ADMIN_PREFIX = "/admin/"
PAGE_ADD_URL_NAME = "wagtailadmin_pages:add"
# A user's own never-published draft at the same address, saved this recently, is the item
# they are still writing (an autosave, an abandoned first attempt), not a different one.
REUSE_WITHIN = timedelta(hours=1)
# An autosave that arrives just after a click saved the item carries no newer text than the
# click did (the click posts the whole form), so it must not overwrite it.
JUST_SAVED = timedelta(seconds=10)
# What Wagtail's form handling raises on data no browser form would send.
MALFORMED_DATA_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError)


def expects_json(request):
    """Autosave posts with Accept: application/json (Wagtail's JsonPostResponseMixin)."""
    return not request.accepts("text/html")


class Creation:
    """A POST to a page or snippet create view: the model, and how to find the items that
    would take the same address."""

    def __init__(self, match, model, same_address):
        self.match = match
        self.model = model
        self.same_address = same_address

    def edit_url(self, item):
        return reverse(f"{self.match.namespace}:edit", args=[item.pk])

    def reusable_draft(self, user):
        return next((item for item in self.same_address() if is_fresh_own_draft(item, user)), None)


def creation_for(request):
    """The Creation a POST asks for, or None for any other admin POST."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    data = request.POST
    # Page views are routed per page type by Wagtail's viewset registry, so the URL name
    # identifies them; snippet views carry their class and model.
    if match.view_name == PAGE_ADD_URL_NAME:
        return page_creation(match, data)
    view_class = getattr(match.func, "view_class", None)
    if view_class is not None and issubclass(view_class, ModelCreateView):
        model = match.func.view_initkwargs.get("model")
        # A model opts in by saying which existing items a new one would clash with.
        if model is not None and hasattr(model, "items_with_same_address"):
            return Creation(match, model, lambda: model.items_with_same_address(data))
    return None


def page_creation(match, data):
    try:
        content_type = ContentType.objects.get_by_natural_key(
            match.kwargs["content_type_app_name"], match.kwargs["content_type_model_name"]
        )
        parent = Page.objects.get(pk=match.kwargs["parent_page_id"])
    except (ContentType.DoesNotExist, Page.DoesNotExist):
        return None
    # Wagtail fills the slug from the title the same way when the form leaves it empty.
    slug = data.get("slug") or slugify(data.get("title", ""), allow_unicode=True)

    def same_address():
        if not slug:
            return Page.objects.none()
        return parent.get_children().filter(content_type=content_type, slug=slug).specific()

    return Creation(match, content_type.model_class(), same_address)


def is_fresh_own_draft(item, user):
    """Never published, not in moderation, and saved only by `user`, lately."""
    revision = getattr(item, "latest_revision", None)
    if revision is None or getattr(item, "live", False) or item.first_published_at:
        return False
    if getattr(item, "workflow_in_progress", False):
        return False
    if revision.created_at < timezone.now() - REUSE_WITHIN:
        return False
    return not item.revisions.exclude(user_id=user.pk).exists()


def row_updates(data, draft, drop_extra_rows=False):
    """Field values that match the create form's inline rows (gallery photos), by position,
    to the rows the draft already has: what Wagtail's create view sends an autosaving page
    as "field_updates". Posted to the edit view without them, every row would be added a
    second time; with `drop_extra_rows`, rows the form does not show are deleted."""
    updates = {}
    for relation in get_all_child_relations(type(draft)):
        prefix = relation.get_accessor_name()
        total = data.get(f"{prefix}-TOTAL_FORMS", "")
        if data.get(f"{prefix}-INITIAL_FORMS") != "0" or not total.isdigit():
            continue
        rows = list(getattr(draft, prefix).all())
        if not drop_extra_rows:
            rows = rows[: int(total)]
        for index, row in enumerate(rows):
            updates[f"{prefix}-{index}-id"] = str(row.pk)
            if index >= int(total):
                updates[f"{prefix}-{index}-DELETE"] = "on"
        updates[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
        updates[f"{prefix}-TOTAL_FORMS"] = str(max(int(total), len(rows)))
    return updates


def lock_key(model):
    digest = hashlib.sha256(f"admin-create:{model._meta.label}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def one_create_at_a_time(model):
    """Serialise creates of one model, for the check-then-create: threads of this process
    queue on a lock first (Django's live test server even lets them share one SQLite
    connection, which no database lock can order), then processes queue at the database."""
    with CREATE_LOCK, transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock_key(model)])
        # On SQLite the settings open every transaction with BEGIN IMMEDIATE, which already
        # holds the database's single write lock until the create commits.
        yield


def created_json(creation, item):
    """What Wagtail's create view answers an autosave, so the page switches to editing."""
    edit_url = creation.edit_url(item)
    return {
        "url": edit_url,
        "hydrate_url": f"{edit_url}?{urlencode({'_w_hydrate_create_view': '1'})}",
    }


def refusal(request, status, message):
    """A 4xx the editor understands: JSON for autosave, a short admin page otherwise."""
    if expects_json(request):
        # "validation_error" makes Wagtail's autosave indicator show our message.
        return JsonResponse(
            {"success": False, "error_code": "validation_error", "error_message": message},
            status=status,
        )
    html = render_to_string(
        "wagtailadmin/save_refused.html",
        {"message": message, "form_url": request.path},
        request=request,
    )
    return HttpResponse(html, status=status)


class AdminSaveGuardMiddleware:
    """Guards admin POSTs: one create at a time with reuse of a fresh draft, and a clear
    4xx for form data Wagtail cannot read or a save that lost a race."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_admin_post(request) or not request.user.is_authenticated:
            return self.get_response(request)
        creation = creation_for(request)
        if creation is None:
            return self.get_response(request)
        try:
            with one_create_at_a_time(creation.model):
                request.admin_save_atomic = True
                draft = creation.reusable_draft(request.user)
                if draft is None:
                    return self.get_response(request)
                return self.continue_draft(request, creation, draft)
        except OperationalError as error:
            # Waiting for the database's write lock took longer than its busy timeout.
            refused = refusal_for(error)
            if refused is None:
                raise
            logger.warning("Admin create at %s refused: %r", request.path, error)
            return refusal(request, *refused)

    @staticmethod
    def is_admin_post(request):
        return request.method == "POST" and request.path_info.startswith(ADMIN_PREFIX)

    def continue_draft(self, request, creation, draft):
        """Hand the POST to the draft's edit view, through the whole middleware chain."""
        revision = draft.latest_revision
        if expects_json(request) and revision.created_at >= timezone.now() - JUST_SAVED:
            return JsonResponse(
                {
                    "success": True,
                    "pk": draft.pk,
                    "revision_id": revision.pk,
                    "revision_created_at": revision.created_at.isoformat(),
                    "field_updates": row_updates(request.POST, draft),
                    **created_json(creation, draft),
                }
            )
        edit_url = creation.edit_url(draft)
        data = request.POST.copy()
        for name, value in row_updates(data, draft, drop_extra_rows=True).items():
            data[name] = value
        request.POST = data
        request.path_info = edit_url
        request.path = f"{request.META.get('SCRIPT_NAME', '').rstrip('/')}{edit_url}"
        response = self.get_response(request)
        if expects_json(request) and response.status_code == 200:
            answer = json.loads(response.content)
            if answer.get("success"):
                # The hydrated edit view renders its own partials; the edit answer's would
                # replace them with ones meant for a page that already was an edit form.
                answer.pop("html", None)
                answer |= {"pk": draft.pk, **created_json(creation, draft)}
                response.content = json.dumps(answer)
        return response

    def process_exception(self, request, exception):
        if not self.is_admin_post(request):
            return None
        refused = refusal_for(exception)
        if refused is None:
            return None
        status, message = refused
        logger.warning(
            "Admin POST to %s refused with %s: %r",
            request.path,
            status,
            exception,
            exc_info=exception,
        )
        response = refusal(request, status, message)
        if getattr(request, "admin_save_atomic", False):
            # Nothing of a refused create may stay behind.
            transaction.set_rollback(True)
        return response


def refusal_for(exception):
    """(status, message) for an exception an admin save may meet, None for a real bug."""
    if isinstance(exception, IntegrityError):
        return 409, _(
            "Isian ini baru saja disimpan dari jendela lain atau oleh simpan otomatis. "
            "Muat ulang halaman, periksa isinya, lalu simpan lagi."
        )
    if isinstance(exception, OperationalError) and "locked" in str(exception):
        return 503, _("Situs sedang menyimpan data lain. Tunggu sebentar, lalu simpan lagi.")
    if isinstance(exception, ValidationError):
        # A model's own check at save time; its messages are ours, in Indonesian.
        return 400, _("Tidak tersimpan: %(reasons)s") % {"reasons": " ".join(exception.messages)}
    if isinstance(exception, MALFORMED_DATA_ERRORS):
        return 400, _(
            "Sebagian isian formulir rusak atau tidak lengkap, jadi tidak ada yang "
            "disimpan. Muat ulang halaman, lalu isi dan simpan lagi."
        )
    return None
