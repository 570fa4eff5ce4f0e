"""The editor's action menu, for pages and catalog snippets: a Penulis's main button sends
the work to a moderator, and a moderator's "Setujui" first asks for confirmation."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin import action_menu as page_menu
from wagtail.snippets import action_menu as snippet_menu

SUBMIT = "action-submit"
PUBLISH = "action-publish"
APPROVE = "approve"


class SubmitToModeratorMixin:
    """Wagtail labels the button after the workflow ("Pengajuan ke Moderasi"); editors
    think of the person who reads their work next."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        obj = parent_context.get("page") or parent_context.get("instance")
        state = obj.current_workflow_state if obj is not None and obj.pk else None
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Kirim ulang ke moderator")
        else:
            context["label"] = _("Kirim ke moderator")
        return context


class PageSubmitToModerator(SubmitToModeratorMixin, page_menu.SubmitForModerationMenuItem):
    pass


class SnippetSubmitToModerator(SubmitToModeratorMixin, snippet_menu.SubmitForModerationMenuItem):
    pass


def put_submit_first_for_authors(menu_items, submit_class):
    """Relabel "Kirim ke moderator"; for a user the menu offers no "Terbitkan" (who cannot
    publish), make it the main button, with "Simpan draf" in the dropdown."""
    names = [item.name for item in menu_items]
    if SUBMIT not in names:
        return
    position = names.index(SUBMIT)
    submit = submit_class(order=menu_items[position].order)
    if PUBLISH in names:
        menu_items[position] = submit
    else:
        del menu_items[position]
        menu_items.insert(0, submit)


def confirm_approval(menu_items, obj):
    """Keep one "Setujui": the one that opens the confirmation dialog, where the comment
    for the author is optional, instead of Wagtail's instant approval beside it."""
    approvals = [item for item in menu_items if item.name == APPROVE]
    if not approvals:
        return
    state = obj.current_workflow_state
    label = _("Setujui dan terbitkan") if state and state.is_at_final_task else _("Setujui")
    for item in approvals:
        if item.launch_modal:
            item.label = label
        else:
            menu_items.remove(item)


def arrange_page_action_menu(menu_items, request, context):
    put_submit_first_for_authors(menu_items, PageSubmitToModerator)
    confirm_approval(menu_items, context.get("page"))


def arrange_snippet_action_menu(menu_items, request, context):
    put_submit_first_for_authors(menu_items, SnippetSubmitToModerator)
    confirm_approval(menu_items, context.get("instance"))
