"""Remove location, camera and owner data from the images uploaded before uploads were
cleaned (see core/images.py). Run once after upgrading; running it again changes nothing."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from core.images import UnreadableImage, clean_stored_image


class Command(BaseCommand):
    help = _(
        "Menghapus data lokasi (GPS), kamera dan pemilik dari gambar yang diunggah sebelum "
        "pembersihan otomatis, lalu membuat ulang ukuran-ukurannya."
    )

    def handle(self, *args, **options):
        cleaned = skipped = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            try:
                cleaned += clean_stored_image(image)
            except (OSError, UnreadableImage) as error:
                skipped += 1
                self.stderr.write(
                    _("Gambar %(id)s (%(file)s) dilewati: %(error)s")
                    % {"id": image.pk, "file": image.file.name, "error": error}
                )
        self.stdout.write(
            _("%(cleaned)d gambar dibersihkan, %(skipped)d dilewati.")
            % {"cleaned": cleaned, "skipped": skipped}
        )
