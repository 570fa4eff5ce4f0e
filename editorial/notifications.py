"""The author's e-mail when a moderator approves their work: Wagtail's, with the
moderator's comment from the approval dialog."""

from wagtail.admin.mail import WorkflowStateApprovalEmailNotifier
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved

# Wagtail's own receiver for the approval e-mail (wagtail.admin.signal_handlers).
APPROVAL_EMAIL_UID = "workflow_state_approved_email_notification"


class ApprovalEmailNotifier(WorkflowStateApprovalEmailNotifier):
    """Wagtail passes the reviewer's comment to the rejection e-mail only."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        # A finished workflow still points at the task state that approved it.
        task_state = workflow_state.current_task_state
        context["comment"] = task_state.get_comment() if task_state else ""
        return context


approval_email_notifier = ApprovalEmailNotifier()


def send_approval_email_with_comment():
    """Take the place of Wagtail's receiver. Under the same dispatch_uid, whichever app's
    ready() runs first, exactly one approval e-mail goes out: ours."""
    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid=APPROVAL_EMAIL_UID)
    workflow_approved.connect(
        approval_email_notifier, sender=WorkflowState, dispatch_uid=APPROVAL_EMAIL_UID
    )
