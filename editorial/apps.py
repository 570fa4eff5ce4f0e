from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"

    def ready(self):
        from .permissions import register_policies

        register_policies()
