"""Admin forms that hold editors to the site's accessibility and privacy rules."""

import os

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from core.images import UnreadableImage, without_metadata

UNREADABLE_IMAGE_MESSAGE = _(
    "Gambar ini tidak bisa dibaca utuh. Simpan ulang fotonya atau pilih foto lain."
)


class ReadableImageField(WagtailImageField):
    """Wagtail's image field reads the picture's size, and a truncated or corrupt file
    raised there (a 500) instead of becoming a form error."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except OSError as error:
            raise ValidationError(UNREADABLE_IMAGE_MESSAGE, code="unreadable_image") from error


class AltTextRequiredImageForm(BaseImageForm):
    """Every image needs alt text (Wagtail's 'description') before it is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.fields.get("file"), WagtailImageField):
            # Wagtail's form factory builds the field; only its size check changes.
            self.fields["file"].__class__ = ReadableImageField
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

    def clean_file(self):
        """A photo loses its GPS position, camera and owner data before it is stored,
        turned upright as the camera meant it (the single and the multiple uploader)."""
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        try:
            data = without_metadata(file)
        except UnreadableImage as error:
            raise ValidationError(UNREADABLE_IMAGE_MESSAGE, code="unreadable_image") from error
        if data is None:
            return file
        return SimpleUploadedFile(
            os.path.basename(file.name), data, getattr(file, "content_type", None)
        )


class LoginForm(WagtailLoginForm):
    """Wagtail's login form leaves the password label to Django's untranslated default."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Kata sandi")
