from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from . import urls as panduan_urls
from .action_menus import arrange_page_action_menu, arrange_snippet_action_menu
from .admin_menus import guide_menu_item, without_wagtail_guides, without_wagtail_version
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


@hooks.register("register_admin_urls")
def register_panduan_urls():
    return [path("panduan/", include(panduan_urls))]


@hooks.register("register_help_menu_item")
def register_penulis_guide_menu_item():
    return guide_menu_item("penulis")


@hooks.register("register_help_menu_item")
def register_moderator_guide_menu_item():
    return guide_menu_item("moderator")


hooks.register("construct_help_menu", without_wagtail_guides)
hooks.register("construct_main_menu", without_wagtail_version)


hooks.register("construct_reports_menu", hide_moderator_reports)
