"""The public search page (/cari/) and its typeahead endpoint (/cari/saran/)."""

from datetime import timedelta

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query

from articles.models import ArticlePage
from catalog.models import ProdukIndexPage, WisataIndexPage
from core.pagination import paginate
from core.sites import current_site

from .engine import (
    SOURCES,
    SOURCES_BY_KIND,
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


def catalog_index_pages(site):
    root = site.root_page
    return {
        "wisata": WisataIndexPage.objects.live().descendant_of(root).first(),
        "produk": ProdukIndexPage.objects.live().descendant_of(root).first(),
    }


def item_url(hit, request, index_pages):
    if hit.source.kind in index_pages:
        return hit.item.get_url(index_page=index_pages[hit.source.kind])
    return hit.item.get_url(request)


def present(hits, request, query, index_pages):
    """What each shown result needs; only these few objects are loaded."""
    load_items(hits)
    return [
        {
            "kind": hit.source.kind,
            "label": hit.source.label,
            "title": hit_title(hit.item),
            "url": item_url(hit, request, index_pages),
            "item": hit.item,
            "excerpt": highlight_excerpt(hit_text(hit.item), query),
        }
        for hit in hits
        if hit.item is not None
    ]


def log_search(query, found_anything):
    logged = Query.get(query)
    logged.add_hit()
    if not found_anything:
        ZeroResultDailyHits.add_hit(logged)
    return logged


def popular_searches(limit=8):
    since = timezone.localdate() - timedelta(days=POPULAR_SEARCH_DAYS)
    return Query.get_most_popular(date_since=since).exclude(zero_result_hits__date__gte=since)[
        :limit
    ]


@require_GET
def search_view(request):
    site = current_site(request)
    query = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("jenis")
    if kind not in SOURCES_BY_KIND or not SOURCES_BY_KIND[kind].has_tab:
        kind = None
    context = {"query": query, "active_kind": kind, "tabs": [s for s in SOURCES if s.has_tab]}
    if query:
        results = search_site(site, query)
        logged = log_search(query, bool(results.hits))
        if not results.hits and (correction := corrected_query(site, query)):
            results = search_site(site, correction)
            context["corrected_query"] = correction
        page_obj, page_range = paginate(
            results.of_kind(kind), RESULTS_PER_PAGE, request.GET.get("page")
        )
        promotions = []
        if page_obj.number == 1 and kind is None:
            promotions = list(logged.editors_picks.select_related("page").order_by("sort_order"))
        context.update(
            results=present(
                page_obj.object_list,
                request,
                context.get("corrected_query", query),
                catalog_index_pages(site),
            ),
            page_obj=page_obj,
            page_range=page_range,
            counts=results.counts(),
            total=len(results.hits),
            promotions=[p for p in promotions if p.page is None or p.page.live],
        )
    if not query or not context["total"]:
        context.update(
            popular_searches=popular_searches(),
            latest_articles=ArticlePage.objects.for_listing().descendant_of(site.root_page)[:5],
        )
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggestions_view(request):
    query = clean_query(request.GET.get("q", ""))
    if len(query) < 2:
        return JsonResponse({"query": query, "suggestions": []})
    site = current_site(request)
    index_pages = catalog_index_pages(site)
    suggestions = []
    for source, item in suggest_titles(site, query):
        if source.kind in index_pages:
            url = item.get_url(index_page=index_pages[source.kind])
        else:
            url = item.get_url(request)
        suggestions.append({"title": hit_title(item), "url": url, "type": str(source.label)})
    return JsonResponse({"query": query, "suggestions": suggestions})
