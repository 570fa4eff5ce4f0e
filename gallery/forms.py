"""The album's admin form: Wagtail's page form, with the photo minimum said plainly."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class AlbumPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django's own message ("submit at least 1 form") speaks of forms, not photos.
        self.formsets["photos"].error_messages["too_few_forms"] = _(
            "Tambahkan minimal satu foto sebelum album dikirim ke moderator atau diterbitkan."
        )
