from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from .dashboard import AwaitingModerationPanel, MyDraftsPanel, can_moderate
from .permissions import hide_moderator_reports


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    # Ours replaces Wagtail's review panel, so a moderator sees it once.
    panels[:] = [p for p in panels if not isinstance(p, WorkflowObjectsToModeratePanel)]
    if can_moderate(request.user):
        panels.append(AwaitingModerationPanel())
    panels.append(MyDraftsPanel())


hooks.register("construct_reports_menu", hide_moderator_reports)
