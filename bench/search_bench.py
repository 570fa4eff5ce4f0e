#!/usr/bin/env python
"""Search benchmark: /cari/ on a village site with 10,000 articles, 1,000 wisata and
3,000 products, on PostgreSQL with the Indonesian search configuration.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/village_bench .venv/bin/python \\
        bench/search_bench.py [--reuse] [--articles N --wisata N --products N]

It drops and re-creates the database named in DATABASE_URL (its name must contain
"bench"), migrates it, seeds it deterministically, rebuilds the search index from
scratch, then times search page requests through the whole Django stack. It prints a
Markdown report and exits with 1 if a target is missed (see docs/performance.md)."""

import argparse
import cProfile
import io
import math
import os
import platform
import pstats
import random
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/village_bench"
SEED = 42
HOST = "localhost"
SEARCH_PATH = "/cari/"
TARGET_P95_MS = 60.0
TARGET_INDEX_SECONDS = 300.0
BATCH_SIZE = 1000
# Publication dates run back from a fixed moment, so every run builds the same site.
NEWEST_PUBLICATION = datetime(2025, 6, 30, 1, 0, tzinfo=UTC)


class BenchError(Exception):
    """A problem the reader must fix before the benchmark can run (exit status 2)."""


@dataclass
class Sample:
    query: str
    round: int
    ms: float
    sql_queries: int


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Benchmark the site search (/cari/) on PostgreSQL.",
        epilog=f"DATABASE_URL defaults to {DEFAULT_DATABASE_URL}.",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the bench database if it is already seeded (no drop, no seeding)",
    )
    parser.add_argument(
        "--skip-index",
        action="store_true",
        help="with --reuse: keep the existing search index instead of rebuilding it",
    )
    parser.add_argument("--articles", type=int, default=10_000, help="articles (10,000)")
    parser.add_argument("--wisata", type=int, default=1_000, help="tourist spots (1,000)")
    parser.add_argument("--products", type=int, default=3_000, help="products (3,000)")
    parser.add_argument("--rounds", type=int, default=5, help="measured passes over the queries")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also run one pass under cProfile and print the most expensive functions",
    )
    args = parser.parse_args(argv)
    for name in ("articles", "wisata", "products"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.skip_index and not args.reuse:
        parser.error("--skip-index only makes sense with --reuse")
    return args


# --- Database server ---------------------------------------------------------------


def database_config(url):
    import dj_database_url

    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise BenchError(
            "The search benchmark needs PostgreSQL (the site's Indonesian search runs there). "
            f"DATABASE_URL is {url!r}; use e.g. {DEFAULT_DATABASE_URL}."
        )
    return config


def server_connection(config):
    """Autocommit connection to the server's maintenance database, for DROP/CREATE."""
    import psycopg

    params = {
        "dbname": "postgres",
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "autocommit": True,
        "connect_timeout": 10,
    }
    try:
        return psycopg.connect(**{k: v for k, v in params.items() if v is not None})
    except psycopg.OperationalError as error:
        raise BenchError(f"Cannot reach PostgreSQL: {error}".strip()) from error


def database_exists(config):
    with server_connection(config) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        return row.fetchone() is not None


def check_droppable(config):
    """Only a database meant for benchmarks may be dropped, never the site's own."""
    if "bench" not in config["NAME"]:
        raise BenchError(
            f"Refusing to drop database {config['NAME']!r}: the bench database's name must "
            "contain 'bench' (set BENCH_DATABASE_URL or DATABASE_URL to e.g. .../village_bench)."
        )


def recreate_database(config):
    from psycopg import sql

    check_droppable(config)
    name = config["NAME"]
    with server_connection(config) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django():
    sys.path.insert(0, str(BASE_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()


# --- Site and content --------------------------------------------------------------


def is_seeded():
    from articles.models import ArticlePage
    from home.models import HomePage

    return HomePage.objects.exists() and ArticlePage.objects.exists()


def build_site():
    """The demo site's frame (the village structure with the demo's texts: home page as the
    site root on host `localhost`, village settings, the section pages) without its drawn
    pictures; see demo/site.py."""
    from demo.site import set_up_site

    return set_up_site(with_images=False)


def child_path(parent_path, number):
    """Treebeard's materialised path of the parent's child `number` (1-based): the parent's
    path plus `number` written in Page.alphabet, left-padded to Page.steplen."""
    from wagtail.models import Page

    base = len(Page.alphabet)
    digits = ""
    while number:
        number, digit = divmod(number, base)
        digits = Page.alphabet[digit] + digits
    return parent_path + digits.rjust(Page.steplen, Page.alphabet[0])


def publication_times(rng):
    """Newest first, a few hours apart, like a village that posts most days."""
    moment = NEWEST_PUBLICATION
    while True:
        yield moment
        moment -= timedelta(minutes=rng.randrange(30, 600))


def seed_articles(corpus, index, count):
    """Articles under the Berita index, created in bulk with their tree paths built here.

    Treebeard's materialised path: child number n of the index gets the index's path plus
    n in base 36, padded to Page.steplen; the index's numchild is set once at the end."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from django.utils.text import slugify
    from taggit.models import Tag
    from wagtail.models import Page

    from articles.models import ArticleCategory, ArticlePage, ArticlePageTag
    from bench.corpus import ARTICLE_CATEGORIES, AUTHORS, TAGS, TOPICS, unique_slug

    rng = corpus.rng
    categories = ArticleCategory.objects.bulk_create(
        [ArticleCategory(name=name, slug=slug) for name, slug in ARTICLE_CATEGORIES]
    )
    tags = Tag.objects.bulk_create([Tag(name=name, slug=slugify(name)) for name in TAGS])
    tags_by_name = {tag.name: tag for tag in tags}
    CategoryLink = ArticlePage._meta.get_field("categories").remote_field.through
    content_type = ContentType.objects.get_for_model(ArticlePage)
    article_fields = ArticlePage._meta.local_concrete_fields
    times = publication_times(rng)
    depth = index.depth + 1
    for start in range(1, count + 1, BATCH_SIZE):
        numbers = range(start, min(count, start + BATCH_SIZE - 1) + 1)
        pages, details = [], []
        for number in numbers:
            topic = corpus.topic()
            title = corpus.title(topic)
            slug = unique_slug(title, number)
            published = next(times)
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    locale_id=index.locale_id,
                    path=child_path(index.path, number),
                    depth=depth,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    show_in_menus=False,
                    seo_title="",
                    search_description="",
                )
            )
            details.append(
                {
                    "publication_date": timezone.localdate(published),
                    "author_name": rng.choice(AUTHORS),
                    "intro": corpus.paragraph(topic, 1, 2),
                    "body": corpus.article_body(topic),
                    # The topic's category and two of its tags; now and then one more of each.
                    "categories": distinct(
                        [categories[topic]]
                        + ([rng.choice(categories)] if rng.random() < 0.2 else [])
                    ),
                    "tags": distinct(
                        [tags_by_name[name] for name in rng.sample(TOPICS[topic][-1], 2)]
                        + ([rng.choice(tags)] if rng.random() < 0.3 else [])
                    ),
                }
            )
        Page.objects.bulk_create(pages)
        articles, category_links, tag_links = [], [], []
        for page, detail in zip(pages, details, strict=True):
            articles.append(
                ArticlePage(
                    page_ptr_id=page.pk,
                    publication_date=detail["publication_date"],
                    author_name=detail["author_name"],
                    intro=detail["intro"],
                    body=detail["body"],
                    cover_alt_text="",
                    cover_caption="",
                )
            )
            category_links += [
                CategoryLink(articlepage_id=page.pk, articlecategory_id=category.pk)
                for category in detail["categories"]
            ]
            tag_links += [
                ArticlePageTag(content_object_id=page.pk, tag_id=tag.pk) for tag in detail["tags"]
            ]
        # Only the article's own table: its Page rows are already in (multi-table inheritance).
        ArticlePage._base_manager._insert(articles, fields=article_fields, using=connection.alias)
        CategoryLink.objects.bulk_create(category_links)
        ArticlePageTag.objects.bulk_create(tag_links)
    Page.objects.filter(pk=index.pk).update(numchild=count)


def distinct(items):
    return list(dict.fromkeys(items))


def seed_catalog(corpus, site, model, count):
    from django.utils.text import slugify

    from bench import corpus as words
    from catalog.models import ProductCategory, TourismCategory, TourismSpot

    rng = corpus.rng
    spots = model is TourismSpot
    category_model = TourismCategory if spots else ProductCategory
    rows = words.TOURISM_CATEGORIES if spots else words.PRODUCT_CATEGORIES
    categories = category_model.objects.bulk_create(
        [category_model(name=name, slug=slug, description=name) for name, slug in rows]
    )
    times = publication_times(rng)
    items = []
    for number in range(1, count + 1):
        data = corpus.spot() if spots else corpus.product()
        published = next(times)
        if spots:
            data["opening_hours"] = opening_hours(corpus)
        items.append(
            model(
                site=site,
                category=rng.choice(categories),
                slug=f"{slugify(data['name'])}-{number}",
                featured=rng.random() < 0.02,
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                **data,
            )
        )
    model.objects.bulk_create(items, batch_size=BATCH_SIZE)


def opening_hours(corpus):
    days = []
    for day in range(7):
        closed = day == 0 and corpus.rng.random() < 0.5
        value = {
            "day": str(day),
            "closed": closed,
            "opens_at": None if closed else "07:00:00",
            "closes_at": None if closed else "17:00:00",
        }
        days.append(corpus.block("day", value))
    return days


class _RollBack(Exception):
    """Undoes the probe page of check_tree, carrying the path it got."""


def check_tree(index, count):
    """The bulk-built part of the page tree is what treebeard itself would have built."""
    from django.db import transaction
    from django.db.models import Count, Max, Min
    from django.db.models.functions import Length
    from wagtail.models import Page

    from articles.models import ArticlePage

    index.refresh_from_db()
    children = Page.objects.child_of(index)
    stats = children.aggregate(
        count=Count("pk"),
        min_len=Min(Length("path")),
        max_len=Max(Length("path")),
        last=Max("path"),
    )
    problems = []
    if stats["count"] != count or index.numchild != count:
        problems.append(f"{stats['count']} children, numchild {index.numchild}, expected {count}")
    if stats["min_len"] != stats["max_len"] or stats["max_len"] != len(index.path) + Page.steplen:
        problems.append("child paths of the wrong length")
    if stats["last"] != child_path(index.path, count):
        problems.append(f"last child path {stats['last']}")
    if ArticlePage.objects.child_of(index).count() != count:
        problems.append("article rows missing")
    duplicates = Page.objects.order_by().values("url_path").annotate(n=Count("pk")).filter(n__gt=1)
    if duplicates.exists():
        problems.append("duplicate url_path")
    # An editor's next article (Wagtail's own add_child) must land right after the bulk ones.
    expected = child_path(index.path, count + 1)
    try:
        with transaction.atomic():
            probe = index.add_child(instance=ArticlePage(title="Uji", slug="uji-pohon", intro="-"))
            raise _RollBack(probe.path)
    except _RollBack as rolled_back:
        if rolled_back.args[0] != expected:
            problems.append(f"add_child gave path {rolled_back.args[0]}, expected {expected}")
    if problems:
        raise BenchError("Bulk-created page tree is inconsistent: " + "; ".join(problems))


def check_pages_serve(client):
    """A few bulk-created pages render through the site, so the seed data is realistic."""
    from articles.models import ArticlePage
    from catalog.models import Product, TourismSpot

    urls = ["/", "/berita/", ArticlePage.objects.live().order_by("-pk").first().url]
    urls += [model.objects.order_by("pk").first().get_url() for model in (TourismSpot, Product)]
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            raise BenchError(f"{url} answered {response.status_code}, expected 200")


# --- Search index ------------------------------------------------------------------


def rebuild_index():
    """Empty the index, then time Wagtail's update_index over every indexed model."""
    from django.core.management import call_command
    from django.db import connection
    from wagtail.search.models import IndexEntry

    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {IndexEntry._meta.db_table}")
    started = time.perf_counter()
    call_command("update_index", stdout=io.StringIO())
    seconds = time.perf_counter() - started
    return seconds, IndexEntry.objects.count()


def vacuum_analyze():
    """Fresh statistics, as autovacuum would give a production database after a while."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


# --- Measurements ------------------------------------------------------------------


def search_request(client, query):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connection.queries_log.clear()  # it keeps 9,000 queries; counts go wrong past that
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(SEARCH_PATH, {"q": query})
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise BenchError(f"{SEARCH_PATH}?q={query} answered {response.status_code}")
    return elapsed * 1000, len(captured.captured_queries)


def measure(client, queries, rounds):
    """(warm-up samples, measured samples); the warm-up pass fills connections and caches."""
    warm_up = [Sample(query, 0, *search_request(client, query)) for query in queries]
    samples = []
    for number in range(1, rounds + 1):
        for query in queries:
            ms, sql_queries = search_request(client, query)
            samples.append(Sample(query, number, ms, sql_queries))
    return warm_up, samples


def breakdown(site, queries, repeat=3):
    """Median milliseconds per query for each piece of the search view, outside HTTP."""
    from django.test import RequestFactory

    from search import engine, sources, views

    request = RequestFactory().get(SEARCH_PATH, HTTP_HOST=HOST)
    rows = []
    for query in queries:
        timings = {}
        hits = []
        for source in sources.SOURCES:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                results = source.queryset(site).search(query, operator="or")
                found = list(results.annotate_score("_score")[: engine.MAX_HITS_PER_SOURCE])
                times.append(time.perf_counter() - started)
            timings[f"search {source.kind}"] = statistics.median(times) * 1000
            hits += [engine.SearchHit(source, item.pk, item._score or 0.0, item) for item in found]
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            correction = None if hits else engine.corrected_query(site, query)
            times.append(time.perf_counter() - started)
        timings["spelling"] = statistics.median(times) * 1000
        engine.orient_scores(hits)
        hits.sort(key=lambda hit: hit.score, reverse=True)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            views.present(hits[: views.RESULTS_PER_PAGE], request, query, site)
            times.append(time.perf_counter() - started)
        timings["present"] = statistics.median(times) * 1000
        rows.append({"query": query, "hits": len(hits), "corrected": correction, **timings})
    return rows


def profile_pass(client, queries, limit=25):
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        search_request(client, query)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


# --- Report ------------------------------------------------------------------------


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def machine_description():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "memory": memory,
        "postgres": pg_version,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def load_average():
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def versions():
    import django
    import wagtail

    return f"Django {django.get_version()}, Wagtail {wagtail.__version__}"


def report(facts, warm_up, samples, pieces, rounds, query_count):
    ms = [s.ms for s in samples]
    sql = [s.sql_queries for s in samples]
    p50, p95, worst = percentile(ms, 0.50), percentile(ms, 0.95), max(ms)
    warm_ms = [s.ms for s in warm_up]
    misses = []
    if p95 > TARGET_P95_MS:
        misses.append(f"p95 {p95:.1f} ms > {TARGET_P95_MS:.0f} ms")
    index_seconds = facts.get("index_seconds")
    if index_seconds is not None and index_seconds > TARGET_INDEX_SECONDS:
        misses.append(f"index rebuild {index_seconds:.1f} s > {TARGET_INDEX_SECONDS:.0f} s")

    def verdict(ok):
        return "met" if ok else "**missed**"

    machine = facts["machine"]
    lines = [
        "### Search benchmark (`make bench-search`)",
        "",
        f"Machine: {machine['cpus']} CPUs, {machine['memory']} RAM, PostgreSQL "
        f"{machine['postgres']}, Python {machine['python']}, {versions()}, {machine['system']}. "
        f"Load average before / after measuring: {facts['load_before']} / {facts['load_after']} "
        "(other work on the machine makes latencies noisier).",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| content | {facts['articles']:,} articles, {facts['wisata']:,} wisata, "
        f"{facts['products']:,} products | |",
    ]
    if facts.get("seed_seconds") is not None:
        lines.append(f"| seeding (migrate excluded) | {facts['seed_seconds']:.1f} s | |")
    if index_seconds is not None:
        ok = index_seconds <= TARGET_INDEX_SECONDS
        lines.append(
            f"| index rebuild (`update_index`, {facts['index_entries']:,} entries) | "
            f"{index_seconds:.1f} s | ≤ {TARGET_INDEX_SECONDS:.0f} s: {verdict(ok)} |"
        )
    else:
        lines.append("| index rebuild | not run (`--skip-index`) | |")
    lines += [
        f"| search requests | {len(samples)} ({query_count} queries × {rounds} rounds, "
        "after 1 uncached pass), steady state | |",
        f"| latency p50 | {p50:.1f} ms | |",
        f"| latency p95 | {p95:.1f} ms | ≤ {TARGET_P95_MS:.0f} ms: "
        f"{verdict(p95 <= TARGET_P95_MS)} |",
        f"| latency max | {worst:.1f} ms | |",
        "| first request of each query, uncached (p50 / p95 / max) | "
        f"{percentile(warm_ms, 0.50):.1f} / "
        f"{percentile(warm_ms, 0.95):.1f} / {max(warm_ms):.1f} ms | |",
        f"| SQL queries per request (min / median / max) | {min(sql)} / "
        f"{statistics.median(sql):g} / {max(sql)} | |",
        "",
        "Slowest requests:",
        "",
        "| query | round | ms | SQL queries |",
        "|---|---|---|---|",
    ]
    for sample in sorted(samples, key=lambda s: s.ms, reverse=True)[:5]:
        lines.append(
            f"| {sample.query} | {sample.round} | {sample.ms:.1f} | {sample.sql_queries} |"
        )
    by_query = {}
    for sample in samples:
        by_query.setdefault(sample.query, []).append(sample.ms)
    keys = [key for key in pieces[0] if key not in ("query", "hits", "corrected")]
    lines += [
        "",
        "Where the time goes, per query (median ms; pieces timed outside HTTP, "
        "`request` is the median of the measured requests):",
        "",
        "| query | hits | request | " + " | ".join(keys) + " |",
        "|---|---:|---:|" + "---:|" * len(keys),
    ]
    for row in sorted(pieces, key=lambda r: statistics.median(by_query[r["query"]]), reverse=True):
        query = row["query"] + (f" → {row['corrected']}" if row["corrected"] else "")
        cells = " | ".join(f"{row[key]:.1f}" for key in keys)
        request_ms = statistics.median(by_query[row["query"]])
        lines.append(f"| {query} | {row['hits']} | {request_ms:.1f} | {cells} |")
    totals = " | ".join(f"{statistics.median(r[key] for r in pieces):.1f}" for key in keys)
    lines.append(f"| *median of all queries* | | {statistics.median(ms):.1f} | {totals} |")
    lines += ["", "Targets: " + ("all met." if not misses else "missed — " + "; ".join(misses))]
    return "\n".join(lines), misses


# --- Main --------------------------------------------------------------------------


def main(argv=None):
    args = parse_args(argv)
    url = os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    config = database_config(url)
    check_droppable(config)
    facts = {"seed_seconds": None}

    reuse = args.reuse and database_exists(config)
    if args.reuse and not reuse:
        print(f"Database {config['NAME']!r} does not exist yet: building it.", flush=True)
    if not reuse:
        print(f"Re-creating database {config['NAME']!r}.", flush=True)
        recreate_database(config)
    setup_django()

    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client
    from wagtail.models import Site

    from articles.models import ArticlePage
    from bench.corpus import QUERIES, Corpus
    from catalog.models import Product, TourismSpot

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"Migrated in {time.perf_counter() - started:.1f} s.", flush=True)

    if reuse and not is_seeded():
        print("The bench database holds no seeded site: seeding it.", flush=True)
        reuse = False
    if not reuse:
        corpus = Corpus(random.Random(SEED))
        started = time.perf_counter()
        with transaction.atomic():
            village = build_site()
            seed_articles(corpus, village.news, args.articles)
            seed_catalog(corpus, village.site, TourismSpot, args.wisata)
            seed_catalog(corpus, village.site, Product, args.products)
            check_tree(village.news, args.articles)
        facts["seed_seconds"] = time.perf_counter() - started
        print(f"Seeded in {facts['seed_seconds']:.1f} s.", flush=True)
    elif args.articles != 10_000 or args.wisata != 1_000 or args.products != 3_000:
        print("--reuse: the sizes of the existing database apply, not --articles etc.")

    site = Site.objects.get(is_default_site=True)
    facts["articles"] = ArticlePage.objects.count()
    facts["wisata"] = TourismSpot.objects.count()
    facts["products"] = Product.objects.count()

    if args.skip_index:
        facts["index_seconds"] = None
    else:
        print("Rebuilding the search index…", flush=True)
        facts["index_seconds"], facts["index_entries"] = rebuild_index()
        print(
            f"Indexed {facts['index_entries']:,} entries in {facts['index_seconds']:.1f} s.",
            flush=True,
        )
    print(f"VACUUM ANALYZE in {vacuum_analyze():.1f} s.", flush=True)
    facts["machine"] = machine_description()

    client = Client(HTTP_HOST=HOST)
    check_pages_serve(client)
    print(f"Measuring {len(QUERIES)} queries × {args.rounds} rounds…", flush=True)
    facts["load_before"] = load_average()
    warm_up, samples = measure(client, QUERIES, args.rounds)
    facts["load_after"] = load_average()
    pieces = breakdown(site, QUERIES)
    text, misses = report(facts, warm_up, samples, pieces, args.rounds, len(QUERIES))
    if args.profile:
        print("\ncProfile of one pass over the queries (cumulative):\n")
        print(profile_pass(client, QUERIES))
    print()
    print(text)
    return 1 if misses else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"search_bench: {error}", file=sys.stderr)
        sys.exit(2)
