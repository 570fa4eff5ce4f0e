from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from .action_menus import arrange_page_action_menu, arrange_snippet_action_menu
from .dashboard import AwaitingModerationPanel, MyDraftsPanel, NewContentPanel, can_moderate
from .permissions import hide_moderator_reports


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    # Ours replaces Wagtail's review panel, so a moderator sees it once.
    panels[:] = [p for p in panels if not isinstance(p, WorkflowObjectsToModeratePanel)]
    panels.append(NewContentPanel())
    if can_moderate(request.user):
        panels.append(AwaitingModerationPanel())
    panels.append(MyDraftsPanel())


hooks.register("construct_page_action_menu", arrange_page_action_menu)
hooks.register("construct_snippet_action_menu", arrange_snippet_action_menu)


@hooks.register("insert_global_admin_css")
def editorial_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_editor_js")
def wrapping_title_js():
    return format_html('<script src="{}" defer></script>', static("js/admin-title.js"))


hooks.register("construct_reports_menu", hide_moderator_reports)
