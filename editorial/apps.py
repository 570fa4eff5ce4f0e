from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"

    def ready(self):
        from .notifications import send_approval_email_with_comment

        send_approval_email_with_comment()

        from .permissions import register_policies

        register_policies()
