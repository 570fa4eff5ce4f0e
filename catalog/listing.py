"""The public catalog listing: search box, category filter and sort, from the query string.

Every parameter is validated; a bad value falls back to the default with a message,
so readers never meet an error page."""

from django.utils.translation import gettext_lazy as _

from core.search_query import clean_search_query

MAX_QUERY_LENGTH = 100

SORT_OPTIONS = {
    "terbaru": (_("Terbaru"), lambda price: ["-first_published_at", "-id"]),
    "termurah": (_("Termurah"), lambda price: [price, "name"]),
    "termahal": (_("Termahal"), lambda price: [f"-{price}", "name"]),
    "az": (_("A–Z"), lambda price: ["name"]),
}
DEFAULT_SORT = "terbaru"


class CatalogListing:
    def __init__(self, queryset, item_model, params):
        self.queryset = queryset
        self.item_model = item_model
        self.messages = []
        self.query = self._clean_query(params.get("q", ""))
        self.sort = self._clean_sort(params.get("urut", ""))
        self.categories = list(item_model.category.field.related_model.objects.all())
        self.category_slug = params.get("kategori", "")
        self.category = next((c for c in self.categories if c.slug == self.category_slug), None)
        if self.category_slug and self.category is None:
            self.messages.append(_("Kategori tidak ditemukan."))

    def _clean_query(self, raw):
        query = clean_search_query(raw, len(raw))
        if len(query) > MAX_QUERY_LENGTH:
            self.messages.append(
                _("Kata kunci dipotong menjadi %(count)d karakter.") % {"count": MAX_QUERY_LENGTH}
            )
            query = query[:MAX_QUERY_LENGTH]
        return query

    def _clean_sort(self, raw):
        if raw and raw not in SORT_OPTIONS:
            self.messages.append(_("Urutan tidak dikenal; dipakai urutan bawaan."))
            return ""
        return raw

    @property
    def sort_options(self):
        return [(key, label) for key, (label, _order) in SORT_OPTIONS.items()]

    @property
    def is_filtered(self):
        return bool(self.query or self.category_slug)

    def results(self):
        if self.category_slug and self.category is None:
            return self.queryset.none()
        items = self.queryset
        if self.category:
            items = items.filter(category=self.category)
        sort = self.sort or (DEFAULT_SORT if not self.query else "")
        if sort:
            items = items.order_by(*SORT_OPTIONS[sort][1](self.item_model.price_field))
        if self.query:
            # Without an explicit sort, the best matches come first.
            return items.search(self.query, order_by_relevance=not sort)
        return items
