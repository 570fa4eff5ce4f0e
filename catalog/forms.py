"""The admin's edit forms for Wisata and Produk Warga (the models' base_form_class): a draft
saves without photos, going public needs them; an item's map point comes from one field."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .location import parse_location
from .publishing import NO_ALT_TEXT, NO_PHOTO, NOT_READY

GALLERY = "gallery_images"
GALLERY_ROW_FIELDS = ("image", "alt_text", "caption")
# Django's own cap on formset rows (absolute_max) is 1000 more than max_num.
MAX_GALLERY_ROWS = 2000
# The edit view's buttons that send an item towards the public site. Approving from the
# edit view posts "action-workflow-action" with the task's action name.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
APPROVE = "approve"


def requests_publication(data):
    """Whether the posted button submits, resubmits, publishes or approves the item."""
    if any(data.get(name) for name in PUBLISHING_ACTIONS):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == APPROVE


def without_blank_gallery_rows(data):
    """A gallery row left empty is no photo rather than a half-filled one: a new row (the
    add form shows one) is dropped and the rows after it move up, an existing photo emptied
    out is deleted. Dropping beats Django's skipping of unchanged rows, which Wagtail's
    inline panel cannot re-render after another field's error."""
    try:
        total = min(int(data.get(f"{GALLERY}-TOTAL_FORMS") or 0), MAX_GALLERY_ROWS)
        initial = min(int(data.get(f"{GALLERY}-INITIAL_FORMS") or 0), total)
    except (TypeError, ValueError):
        return data
    blank = {number for number in range(total) if is_blank_row(data, number)}
    if not blank:
        return data
    data = data.copy()
    new_rows = [take_row(data, number) for number in range(initial, total)]
    kept = [row for number, row in enumerate(new_rows, start=initial) if number not in blank]
    for number, row in enumerate(kept, start=initial):
        put_row(data, number, row)
    data[f"{GALLERY}-TOTAL_FORMS"] = str(initial + len(kept))
    for number in blank:
        if number < initial:
            data[f"{GALLERY}-{number}-DELETE"] = "1"
    return data


def is_blank_row(data, number):
    return not any(
        str(data.get(f"{GALLERY}-{number}-{name}") or "").strip() for name in GALLERY_ROW_FIELDS
    )


def take_row(data, number):
    """Remove one row's fields from the posted data: {field name: posted value(s)}."""
    prefix = f"{GALLERY}-{number}-"
    return {
        key.removeprefix(prefix): data.pop(key)
        for key in [key for key in data if key.startswith(prefix)]
    }


def put_row(data, number, row):
    for name, value in row.items():
        key = f"{GALLERY}-{number}-{name}"
        # A QueryDict pops (and takes back) the list of values posted under a key.
        if hasattr(data, "setlist"):
            data.setlist(key, value)
        else:
            data[key] = value


class CatalogItemForm(WagtailAdminModelForm):
    """Photos and their alt texts are checked here, not in the model's clean(): only the edit
    view knows the button, and Wagtail says "draft" by deferring required fields. A draft (or
    a preview) saves without them; submitting, publishing or approving needs them. Paths
    without a form (approving from the dashboard, scheduled publishing) meet the same rule
    in CatalogItem.publish()."""

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = without_blank_gallery_rows(data)
        super().__init__(data, *args, **kwargs)
        gallery = self.formsets.get(GALLERY)
        # One empty row to fill in on a new item, instead of an "add" button only.
        if gallery is not None and not self.is_bound and not gallery.initial_form_count():
            gallery.extra = 1

    def publication_requested(self):
        # Wagtail defers required fields exactly when it saves a draft or renders a preview.
        return not self.is_deferred_validation and requests_publication(self.data)

    def full_clean(self):
        super().full_clean()
        if self.is_bound and GALLERY in self.formsets and self.publication_requested():
            self.check_photos_for_publication(self.formsets[GALLERY])

    def check_photos_for_publication(self, gallery):
        gallery.is_valid()
        photos = [
            row
            for row in gallery.forms
            if getattr(row, "cleaned_data", {}).get("image") and not row.cleaned_data.get("DELETE")
        ]
        missing_alt_text = [
            row for row in photos if not (row.cleaned_data.get("alt_text") or "").strip()
        ]
        if not photos:
            gallery.non_form_errors().append(NO_PHOTO)
        for row in missing_alt_text:
            row.add_error("alt_text", NO_ALT_TEXT)
        if not photos or missing_alt_text:
            self.add_error(None, NOT_READY)


class LocationField(forms.CharField):
    """One text box for a map link or coordinates; cleans to a Location or None."""

    def __init__(self, **kwargs):
        # No maxlength on the input: a browser would cut a long pasted link silently.
        super().__init__(required=False, strip=True, **kwargs)

    def clean(self, value):
        return parse_location(super().clean(value))


class LocatedItemForm(CatalogItemForm):
    """The form of an item with a place (catalog.models.base.LocatedItem): "Titik lokasi"
    fills its latitude and longitude."""

    location = LocationField(
        label=_("Titik lokasi"),
        help_text=_(
            "Tempel tautan Google Maps atau OpenStreetMap, atau ketik lintang lalu bujur, "
            "misalnya -7.2345, 109.2345. Kosongkan bila belum tahu."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        location = self.instance.location()
        if location is not None:
            self.initial.setdefault("location", str(location))

    def clean(self):
        cleaned_data = super().clean()
        # Only a posted field speaks for the coordinates; a form without it keeps them.
        posted = not self.fields["location"].widget.value_omitted_from_data(
            self.data, self.files, self.add_prefix("location")
        )
        if posted and "location" in cleaned_data:
            location = cleaned_data["location"]
            self.instance.latitude, self.instance.longitude = location or (None, None)
        return cleaned_data
