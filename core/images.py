"""Uploaded photos keep no metadata. EXIF (GPS position, camera, owner), XMP, IPTC and
comments leave the stored original, after the EXIF orientation has been applied to the
pixels, so every rendition made from it is clean as well.

The image form strips each upload before Wagtail stores it (editorial/forms.py); the
signal here catches every other way an image is saved (the multiple uploader's pending
uploads, the demo loader, scripts)."""

import logging
import os
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageOps, ImageSequence, JpegImagePlugin, UnidentifiedImageError
from wagtail.utils.file import hash_filelike

logger = logging.getLogger(__name__)

# The raster formats Wagtail accepts by default. MPO is how Pillow reads many phones' JPEGs
# (a second, hidden picture with its own EXIF); it is stored as a plain JPEG.
REWRITTEN_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "AVIF", "GIF"}
METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc")
# What is not metadata: colours, transparency and animation timing.
KEPT_KEYS = ("icc_profile", "transparency", "duration", "loop", "background")
# JPEG segments that hold the picture's format, not facts about it: JFIF, ICC, Adobe.
JPEG_FORMAT_SEGMENTS = {"APP0", "APP2", "APP14"}
REENCODE_QUALITY = 90


class UnreadableImage(Exception):
    """Pillow recognises the file but cannot decode it, so it cannot be cleaned."""


def carries_metadata(image):
    if image.format == "MPO" or any(key in image.info for key in METADATA_KEYS):
        return True
    segments = {marker for marker, _ in getattr(image, "applist", [])}
    if segments - JPEG_FORMAT_SEGMENTS:
        return True
    return bool(getattr(image, "text", None))


def kept_info(info):
    return {key: info[key] for key in KEPT_KEYS if key in info}


def save_options(image, output_format):
    options = {}
    if output_format == "JPEG":
        # The upload's own quantisation tables: re-encoding costs no visible quality.
        options = {"qtables": image.quantization, "optimize": True}
        if (sampling := JpegImagePlugin.get_sampling(image)) != -1:
            options["subsampling"] = sampling
        if image.info.get("progressive") or image.info.get("progression"):
            options["progressive"] = True
    elif output_format in ("WEBP", "AVIF"):
        options = {"quality": REENCODE_QUALITY}
    if output_format == "WEBP" and "icc_profile" in image.info:
        # Pillow's WebP writer reads the colour profile only from the save options.
        options["icc_profile"] = image.info["icc_profile"]
    return options


def clean_copy(image, output_format):
    """The picture without metadata; animations frame by frame, stills turned upright."""
    options = save_options(image, output_format)
    if getattr(image, "is_animated", False) and output_format != "JPEG":
        frames = []
        for frame in ImageSequence.Iterator(image):
            copy = frame.copy()
            copy.info = kept_info(frame.info)
            frames.append(copy)
        first = frames[0]
        options.update(save_all=True, append_images=frames[1:])
        options.update({key: image.info[key] for key in ("duration", "loop") if key in image.info})
        return first, options
    upright = ImageOps.exif_transpose(image)
    upright.info = kept_info(image.info)
    return upright, options


def without_metadata(file):
    """The file's bytes re-saved without metadata, or None when it has none (or is not a
    raster image this module rewrites, such as SVG). Raises UnreadableImage when Pillow
    knows the format but cannot decode the picture."""
    file.seek(0)
    try:
        with Image.open(file) as image:
            if image.format not in REWRITTEN_FORMATS or not carries_metadata(image):
                return None
            output_format = "JPEG" if image.format == "MPO" else image.format
            clean, options = clean_copy(image, output_format)
            output = BytesIO()
            clean.save(output, format=output_format, **options)
            return output.getvalue()
    except UnidentifiedImageError:
        return None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise UnreadableImage(str(error)) from error
    finally:
        file.seek(0)


def store_clean_file(image, data):
    """Put the cleaned bytes in place of the image's file, with its size, hash and (turned
    upright) width and height."""
    name = os.path.basename(image.file.name)
    # A named file, so that Django reads the new width and height from it.
    clean_file = ContentFile(data, name=name)
    if image.file._committed:
        # Already written to storage (the multiple uploader's pending upload): write the
        # clean copy, then remove the one with metadata.
        stored_name = image.file.name
        image.file.save(name, clean_file, save=False)
        image.file.storage.delete(stored_name)
    else:
        image.file = clean_file
    image.file_size = len(data)
    image.file_hash = hash_filelike(BytesIO(data))


def is_new_file(image, update_fields):
    if not image.file or (update_fields is not None and "file" not in update_fields):
        return False
    # An uncommitted file is on its way to storage; a committed one on a new image was
    # stored a moment ago by a view that saves the file before the image.
    return not image.file._committed or image.pk is None


def strip_metadata_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not is_new_file(instance, update_fields):
        return
    try:
        if instance.file._committed:
            with instance.file.storage.open(instance.file.name, "rb") as stored:
                data = without_metadata(stored)
        else:
            # Left open: Django writes this very file to storage after the signal.
            data = without_metadata(instance.file)
    except UnreadableImage:
        # Renditions fail for it too, and the original is never served (docs/deploy.md).
        logger.warning("Metadata left in an image Pillow cannot decode: %s", instance.file.name)
        return
    if data is not None:
        store_clean_file(instance, data)


def clean_stored_image(image):
    """Clean an image stored before uploads were cleaned: its original, then its
    renditions, which are made again from the clean original when next shown. True when
    there was something to remove."""
    with image.file.storage.open(image.file.name, "rb") as stored:
        data = without_metadata(stored)
    if data is None:
        return False
    store_clean_file(image, data)
    # Saving purges the pages that show the image (core/purge.py), so none keeps linking a
    # deleted rendition; deleting a rendition removes its file.
    image.save()
    image.renditions.all().delete()
    return True


def connect_image_signals():
    from django.db.models.signals import pre_save
    from wagtail.images import get_image_model

    pre_save.connect(
        strip_metadata_before_save,
        sender=get_image_model(),
        dispatch_uid="strip_image_metadata_before_save",
    )
