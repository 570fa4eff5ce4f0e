"""One Indonesian search over a site's articles, other pages, wisata and products.

Each source is searched through the configured search backend (database or
Elasticsearch/OpenSearch) with its relevance score; the hits are merged into one
list ordered by that score, so a strong product match can outrank a weak article."""

import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from articles.models import ArticlePage
from catalog.models import Product, TourismSpot
from core.search_query import clean_search_query
from core.versioned_cache import VersionCounter

MAX_HITS_PER_SOURCE = 200
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class Source:
    kind: str
    label: str
    has_tab: bool = True

    def queryset(self, site):
        root = site.root_page
        if self.kind == "berita":
            return (
                ArticlePage.objects.live()
                .public()
                .descendant_of(root, inclusive=True)
                .defer_streamfields()
            )
        if self.kind == "halaman":
            return (
                Page.objects.live()
                .public()
                .descendant_of(root, inclusive=True)
                .not_type(ArticlePage)
            )
        return self.model.objects.live_for_site(site)

    @property
    def model(self):
        return {"berita": ArticlePage, "halaman": Page, "wisata": TourismSpot, "produk": Product}[
            self.kind
        ]

    def items_by_pk(self, pks):
        """The objects to show for these hits, fully loaded, in one query."""
        if self.kind == "halaman":
            return {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}
        if self.kind == "berita":
            return ArticlePage.objects.in_bulk(pks)
        return self.model.objects.select_related("category").in_bulk(pks)


SOURCES = [
    Source("berita", _("Berita")),
    Source("halaman", _("Halaman"), has_tab=False),
    Source("wisata", _("Wisata")),
    Source("produk", _("Produk")),
]
SOURCES_BY_KIND = {source.kind: source for source in SOURCES}


@dataclass
class SearchHit:
    source: Source
    pk: int
    score: float
    loaded_item: object = None

    @property
    def item(self):
        if self.loaded_item is None:
            load_items([self])
        return self.loaded_item


def load_items(hits):
    """Fetch the objects behind the hits that are shown, one query per kind."""
    by_kind = defaultdict(list)
    for hit in hits:
        if hit.loaded_item is None:
            by_kind[hit.source.kind].append(hit)
    for kind, group in by_kind.items():
        objects = SOURCES_BY_KIND[kind].items_by_pk([hit.pk for hit in group])
        for hit in group:
            hit.loaded_item = objects.get(hit.pk)


@dataclass
class SiteSearchResults:
    query: str
    hits: list = field(default_factory=list)

    def counts(self):
        counts = {source.kind: 0 for source in SOURCES}
        for hit in self.hits:
            counts[hit.source.kind] += 1
        return counts

    def of_kind(self, kind):
        if kind is None:
            return self.hits
        return [hit for hit in self.hits if hit.source.kind == kind]


def clean_query(raw):
    query = clean_search_query(raw, MAX_QUERY_LENGTH)
    # Logged queries are stored lower-cased, and some letters grow when lower-cased (İ).
    while len(query.lower()) > MAX_QUERY_LENGTH:
        query = query[:-1]
    return query.strip()


def search_site(site, query):
    """Merged hits, cached per site and query until the site's content changes."""
    key = cache_key("results", site, query)
    ranked = cache.get(key)
    if ranked is None:
        hits = []
        for source in SOURCES:
            results = source.queryset(site).search(query, operator="or").annotate_score("_score")
            hits += [
                SearchHit(source, item.pk, item._score or 0.0)
                for item in results[:MAX_HITS_PER_SOURCE]
            ]
        orient_scores(hits)
        hits.sort(key=lambda hit: hit.score, reverse=True)
        ranked = [(hit.source.kind, hit.pk, hit.score) for hit in hits]
        cache.set(key, ranked, RESULTS_CACHE_SECONDS)
    hits = [SearchHit(SOURCES_BY_KIND[kind], pk, score) for kind, pk, score in ranked]
    return SiteSearchResults(query=query, hits=hits)


# Any change to indexed content bumps this number, which retires every cached result.
content_version = VersionCounter("search:content-version")
RESULTS_CACHE_SECONDS = 600


def retire_cached_results():
    content_version.bump()


def cache_key(name, site, query=""):
    digest = hashlib.sha256(query.lower().encode()).hexdigest()[:32]
    return f"search:{name}:{site.pk}:{content_version.current()}:{digest}"


def orient_scores(hits):
    """Make higher mean better. PostgreSQL and Elasticsearch scores are positive and grow
    with relevance; SQLite's FTS5 bm25 is negative and shrinks with it."""
    if any(hit.score < 0 for hit in hits):
        for hit in hits:
            hit.score = -hit.score


def suggest_titles(site, query, limit=8):
    """Title completions for the typeahead, best first, across articles and the catalog."""
    suggestions = []
    for source in SOURCES:
        if not source.has_tab:
            continue
        results = source.queryset(site).autocomplete(query).annotate_score("_score")
        suggestions += [
            SearchHit(source, item.pk, item._score or 0.0, item) for item in results[:limit]
        ]
    orient_scores(suggestions)
    suggestions.sort(key=lambda hit: hit.score, reverse=True)
    return [(hit.source, hit.item) for hit in suggestions[:limit]]


def hit_title(item):
    return getattr(item, "title", None) or str(item)


def hit_text(item):
    if hasattr(item, "search_text"):
        return item.search_text()
    return getattr(item, "search_description", "")


VOCABULARY_CACHE_SECONDS = 600
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def vocabulary(site):
    """Lower-cased words of the site's titles and names, for correcting misspellings."""
    key = cache_key("vocabulary", site)
    words = cache.get(key)
    if words is None:
        titles = []
        for source in SOURCES:
            queryset = source.queryset(site)
            field = "title" if source.kind in ("berita", "halaman") else "name"
            titles += queryset.values_list(field, flat=True)
        words = sorted({word.lower() for title in titles for word in _WORD.findall(title)})
        cache.set(key, words, VOCABULARY_CACHE_SECONDS)
    return words


def corrected_query(site, query):
    """The query with unknown words replaced by the closest title word, or None."""
    words = vocabulary(site)
    known = set(words)
    corrected = []
    for word in query.split():
        lowered = word.lower()
        match = None
        if lowered not in known and len(lowered) >= 4:
            match = next(iter(difflib.get_close_matches(lowered, words, n=1, cutoff=0.75)), None)
        corrected.append(match or word)
    result = " ".join(corrected)
    return result if result.lower() != query.lower() else None
