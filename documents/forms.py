"""The Produk Hukum listing's filters: type, year and words, checked before any query."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.search_query import clean_search_query

from .types import DocumentType

MAX_QUERY_LENGTH = 100
BAD_FILTER = _("Saringan '%(label)s' tidak dikenali dan diabaikan.")


class DocumentFilterForm(forms.Form):
    jenis = forms.ChoiceField(
        label=_("Jenis"),
        required=False,
        choices=[("", _("Semua jenis")), *DocumentType.choices],
    )
    tahun = forms.IntegerField(label=_("Tahun"), required=False, min_value=1945, max_value=2100)
    # Longer words are cut to MAX_QUERY_LENGTH rather than refused.
    q = forms.CharField(label=_("Kata kunci"), required=False)

    def filters(self):
        """(document type or "", year or None, query or "") from the valid fields only, and
        one Indonesian message per field that was not valid."""
        self.is_valid()
        values = {}
        messages = []
        for name, field in self.fields.items():
            if name in self.errors:
                values[name] = None
                messages.append(BAD_FILTER % {"label": field.label})
            else:
                values[name] = self.cleaned_data.get(name)
        query = clean_search_query(values["q"] or "", MAX_QUERY_LENGTH)
        return values["jenis"] or "", values["tahun"], query, messages
