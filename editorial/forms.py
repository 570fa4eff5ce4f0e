"""Admin forms that hold editors to the site's accessibility rules."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.images.forms import BaseImageForm


class AltTextRequiredImageForm(BaseImageForm):
    """Every image needs alt text (Wagtail's 'description') before it is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is None:
            return
        field.label = _("Teks alternatif")
        field.help_text = _(
            "Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya, "
            "misalnya 'Warga menanam padi di sawah Dusun Kaliurip'."
        )
        # The multiple uploader first posts only the file and title; it asks for the
        # rest (alt text included) in the edit form that follows.
        field.required = not self.is_bound or self.add_prefix("description") in self.data


class LoginForm(WagtailLoginForm):
    """Wagtail's login form leaves the password label to Django's untranslated default."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Kata sandi")
