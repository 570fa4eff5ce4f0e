"""One Indonesian search over a site's articles, other pages, wisata and products.

Each source (see sources.py) is searched through the configured search backend (database
or Elasticsearch/OpenSearch) with its relevance score; the hits are merged into one list
ordered by that score, so a strong product match can outrank a weak article."""

import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache

from core.search_query import clean_search_query
from core.versioned_cache import VersionCounter

from . import sources

MAX_HITS_PER_SOURCE = 200
MAX_QUERY_LENGTH = 200


@dataclass
class SearchHit:
    source: sources.Source
    pk: int
    score: float
    loaded_item: object = None
    #: Set once the item was looked up, so a hit readers may not see is not looked up again.
    loaded: bool = False
    #: The site searched, whose readers the item is checked for when it is loaded.
    site: object = None

    def __post_init__(self):
        self.loaded = self.loaded or self.loaded_item is not None

    @property
    def item(self):
        if not self.loaded:
            load_items([self])
        return self.loaded_item


def load_items(hits):
    """Fetch the objects behind the hits that are shown, one query per kind. A hit whose
    item readers may no longer see (unpublished, made private) keeps no item."""
    by_kind = defaultdict(list)
    for hit in hits:
        if not hit.loaded:
            by_kind[hit.source.kind].append(hit)
    for group in by_kind.values():
        objects = group[0].source.items_by_pk([hit.pk for hit in group], group[0].site)
        for hit in group:
            hit.loaded_item = objects.get(hit.pk)
            hit.loaded = True


@dataclass
class SiteSearchResults:
    query: str
    hits: list = field(default_factory=list)

    def counts(self):
        counts = {source.kind: 0 for source in sources.SOURCES}
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
        for source in shown_sources(site):
            results = source.queryset(site).search(query, operator="or").annotate_score("_score")
            hits += [
                SearchHit(source, item.pk, item._score or 0.0)
                for item in results[:MAX_HITS_PER_SOURCE]
            ]
        orient_scores(hits)
        hits.sort(key=lambda hit: hit.score, reverse=True)
        ranked = [(hit.source.kind, hit.pk, hit.score) for hit in hits]
        cache.set(key, ranked, RESULTS_CACHE_SECONDS)
    hits = [
        SearchHit(sources.SOURCES_BY_KIND[kind], pk, score, site=site) for kind, pk, score in ranked
    ]
    return SiteSearchResults(query=query, hits=hits)


# Any change to indexed content or to who may see it (page and collection privacy) bumps
# this number, which retires every cached result and the did-you-mean vocabulary.
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


def shown_sources(site, tabs_only=False):
    """The kinds readers of `site` may see (a catalog needs its live, public index page)."""
    return [
        source
        for source in sources.SOURCES
        if (source.has_tab or not tabs_only) and source.is_shown_on(site)
    ]


def suggest_titles(site, query, limit=8):
    """Title completions for the typeahead, best first, across articles and the catalog."""
    suggestions = []
    for source in shown_sources(site, tabs_only=True):
        results = source.queryset(site).autocomplete(query).annotate_score("_score")
        suggestions += [
            SearchHit(source, item.pk, item._score or 0.0, loaded_item=item)
            for item in results[:limit]
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
        for source in shown_sources(site):
            titles += source.queryset(site).values_list(source.title_field, flat=True)
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
