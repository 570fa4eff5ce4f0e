"""The public search page (/cari/) and its typeahead endpoint (/cari/saran/)."""

from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Q
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from articles.models import ArticlePage
from core import ratelimit
from core.pagination import paginate
from core.sites import current_site
from core.visibility import visible_pages

from . import sources
from .engine import (
    cache_key,
    clean_query,
    corrected_query,
    hit_text,
    hit_title,
    load_items,
    search_site,
    suggest_titles,
)
from .highlight import highlight_excerpt
from .models import ZeroResultDailyHits

RESULTS_PER_PAGE = 10
POPULAR_SEARCH_DAYS = 30
SUGGESTIONS_CACHE_SECONDS = 600


@dataclass(frozen=True)
class ShownResult:
    """One result on the page, rendered by its source's partial."""

    source: sources.Source
    item: object
    title: str
    url: str
    excerpt: str

    @property
    def label(self):
        return self.source.label

    @property
    def template(self):
        return self.source.template


def url_builders(shown_sources, request, site):
    """{kind: URL builder} for the sources shown, each prepared once for the request."""
    builders = {}
    for source in shown_sources:
        if source.kind not in builders:
            builders[source.kind] = source.url_builder(request, site)
    return builders


def present(hits, request, query, site):
    """What each shown result needs; only these few objects are loaded."""
    load_items(hits)
    shown = [hit for hit in hits if hit.item is not None]
    urls = url_builders((hit.source for hit in shown), request, site)
    return [
        ShownResult(
            source=hit.source,
            item=hit.item,
            title=hit_title(hit.item),
            url=urls[hit.source.kind](hit.item),
            excerpt=highlight_excerpt(hit_text(hit.item), query),
        )
        for hit in shown
    ]


def log_search(request, query, found_anything):
    """The query's record; a hit is counted once per client per query per day, so repeating
    a search (or a script repeating it) does not make it popular."""
    logged = Query.get(query)
    if ratelimit.first_time_today(request, "search", logged.query_string):
        logged.add_hit()
        if not found_anything:
            ZeroResultDailyHits.add_hit(logged)
    return logged


def popular_searches(limit=8):
    """The most searched queries that a moderator approved and that found something lately."""
    since = timezone.localdate() - timedelta(days=POPULAR_SEARCH_DAYS)
    return (
        Query.get_most_popular(date_since=since)
        .filter(public_approval__isnull=False)
        .exclude(zero_result_hits__date__gte=since)[:limit]
    )


@require_GET
def search_view(request):
    verdict = ratelimit.check(request, "search")
    if not verdict.allowed:
        return ratelimit.too_many_requests(
            request,
            verdict,
            _("Terlalu banyak pencarian dari perangkat ini dalam waktu singkat."),
            back_url=reverse("search"),
        )
    site = current_site(request)
    query = clean_query(request.GET.get("q", ""))
    tabs = [source for source in sources.SOURCES if source.has_tab]
    kind = request.GET.get("jenis")
    if kind not in {tab.kind for tab in tabs}:
        kind = None
    context = {"query": query, "active_kind": kind, "tabs": tabs}
    if query:
        results = search_site(site, query)
        logged = log_search(request, query, bool(results.hits))
        if not results.hits and (correction := corrected_query(site, query)):
            results = search_site(site, correction)
            context["corrected_query"] = correction
        page_obj, page_range = paginate(
            results.of_kind(kind), RESULTS_PER_PAGE, request.GET.get("page")
        )
        promotions = []
        if page_obj.number == 1 and kind is None:
            # Promotions name pages by hand: a page made private or unpublished since
            # drops out like any search hit.
            promotions = list(
                logged.editors_picks.filter(
                    Q(page__isnull=True) | Q(page__in=visible_pages(Page.objects.all()))
                )
                .select_related("page")
                .order_by("sort_order")
            )
        context.update(
            results=present(
                page_obj.object_list, request, context.get("corrected_query", query), site
            ),
            page_obj=page_obj,
            page_range=page_range,
            counts=results.counts(),
            total=len(results.hits),
            promotions=promotions,
        )
    if not query or not context["total"]:
        context.update(
            popular_searches=popular_searches(),
            latest_articles=ArticlePage.objects.for_listing().descendant_of(site.root_page)[:5],
        )
    return TemplateResponse(request, "search/search.html", context)


def suggestions(request, site, query):
    """Typeahead answers, cached per site and query until the site's content changes."""
    key = cache_key("suggestions", site, query)
    answers = cache.get(key)
    if answers is None:
        found = suggest_titles(site, query)
        urls = url_builders((source for source, _item in found), request, site)
        answers = [
            {"title": hit_title(item), "url": urls[source.kind](item), "type": str(source.label)}
            for source, item in found
        ]
        cache.set(key, answers, SUGGESTIONS_CACHE_SECONDS)
    return answers


@require_GET
def suggestions_view(request):
    query = clean_query(request.GET.get("q", ""))
    verdict = ratelimit.check(request, "suggestions")
    if not verdict.allowed:
        response = JsonResponse(
            {
                "query": query,
                "suggestions": [],
                "message": _("Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi."),
            },
            status=429,
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    if len(query) < 2:
        return JsonResponse({"query": query, "suggestions": []})
    return JsonResponse(
        {"query": query, "suggestions": suggestions(request, current_site(request), query)}
    )
