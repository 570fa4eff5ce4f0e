#!/usr/bin/env python
"""Load benchmark: the production stack (gunicorn with gunicorn.conf.py, 2 workers,
production settings, WhiteNoise) on PostgreSQL, driven over loopback.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/village_loadbench .venv/bin/python \\
        bench/load_bench.py [--reuse] [--duration 8]

It seeds three PostgreSQL databases of its own, with the search benchmark's seeding
(bench/search_bench.py): the main one (1,000 articles, 300 wisata, 1,000 products, its
search index built) and two for scaling (100 and 10,000 articles); their names must
contain "bench". It collects static files with the production settings, starts gunicorn
on a free 127.0.0.1 port and measures each URL for a fixed time with wrk (requests/s,
p50/p95/p99, errors), with the page cache off (cold: PAGE_CACHE_SECONDS=0) and on (warm:
the default), next to two baselines through the same stack: a static file of the
article page's size and /robots.txt (the smallest Django view of the site). Then the
workers' memory over a 20,000-request run (a bounded Python client), and the slowdown of
the Berita listing and an article from 100 to 10,000 articles (server CPU per request,
req/s alongside). It prints a Markdown
report and exits with 1 if a target is missed (docs/performance.md), 2 if it cannot run.
Every request goes to 127.0.0.1, and every run is bounded in time."""

import argparse
import contextlib
import http.client
import json
import math
import os
import platform
import re
import runpy
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

from bench.search_bench import (  # noqa: E402
    BenchError,
    check_droppable,
    database_config,
    database_exists,
    load_average,
    percentile,
    server_connection,
    versions,
)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/village_loadbench"
GUNICORN = BASE_DIR / ".venv" / "bin" / "gunicorn"
LOOPBACK = "127.0.0.1"
WORKERS = 2
FACTS_MARKER = "LOADBENCH_FACTS "
WRK_MARKER = "LOADBENCH_WRK "
SOAK_WINDOW = 1_000

TARGET_WARM_VS_STATIC = 0.50
TARGET_COLD_ARTICLE_VS_MINIMAL = 0.10
TARGET_MEMORY_GROWTH = 0.10
TARGET_SLOWDOWN = 0.20

# Variables of the caller's shell that would change the stack under test.
CLEARED_ENV = (
    "DEBUG",
    "DJANGO_SETTINGS_MODULE",
    "REDIS_URL",
    "SEARCH_URL",
    "FRONTEND_CACHE_PURGE_URL",
    "CLOUDFLARE_API_TOKEN",
    "AWS_STORAGE_BUCKET_NAME",
    "GUNICORN_THREADS",
    "GUNICORN_MAX_REQUESTS",
    "GUNICORN_TIMEOUT",
    "GUNICORN_ACCESS_LOG",
    "PAGE_CACHE_SECONDS",
    "BEHIND_PROXY",
    "MEDIA_ROOT",
    "CACHE_DIR",
)

# wrk --latency prints p50/p75/p90/p99 only; this script reads wrk's full latency
# histogram instead and prints one JSON line (microseconds).
WRK_SCRIPT = """
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, '
    .. '"status": %d, "timeout": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d}\\n',
    "MARKER", summary.requests, summary.duration, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
""".replace("MARKER", WRK_MARKER)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Load-test the production stack (gunicorn + PostgreSQL) over loopback.",
        epilog=f"DATABASE_URL defaults to {DEFAULT_DATABASE_URL}; the scaling databases "
        "take its name with _a100 and _a10000 appended.",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the bench databases that are already seeded (no drop, no seeding)",
    )
    parser.add_argument("--duration", type=int, default=8, help="measured s per URL (8)")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured s before each (2)")
    parser.add_argument(
        "--rounds", type=int, default=4, help="short runs per URL, taken in turn (4)"
    )
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument(
        "--soak-requests", type=int, default=20_000, help="memory run: requests (20,000)"
    )
    parser.add_argument(
        "--soak-seconds", type=int, default=420, help="memory run: at most this long (420)"
    )
    parser.add_argument(
        "--soak-clients", type=int, default=8, help="memory run: concurrent connections (8)"
    )
    parser.add_argument("--articles", type=int, default=1_000, help="main database (1,000)")
    parser.add_argument("--wisata", type=int, default=300, help="in each database (300)")
    parser.add_argument("--products", type=int, default=1_000, help="in each database (1,000)")
    parser.add_argument("--small", type=int, default=100, help="scaling: from (100) articles")
    parser.add_argument("--large", type=int, default=10_000, help="scaling: to (10,000)")
    # Internal: a child process that migrates and seeds one database (Django's settings
    # are fixed per process, so each database gets its own).
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--migrate-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--index", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--inspect", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name in ("duration", "rounds", "connections", "threads", "articles", "wisata", "products"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    if args.soak_requests < 3 * SOAK_WINDOW:
        parser.error(f"--soak-requests must be at least {3 * SOAK_WINDOW:,}")
    if not 1 <= args.soak_clients <= 64 or args.soak_seconds < 10:
        parser.error("--soak-clients must be 1 to 64 and --soak-seconds at least 10")
    if not 1 <= args.small < args.large:
        parser.error("--small must be at least 1 and below --large")
    return args


# --- Databases (child process) -----------------------------------------------------


def prepare_database(args):
    """Migrate and, unless it already is, seed the database in DATABASE_URL; print facts."""
    import random

    from bench.search_bench import (
        SEED,
        build_site,
        check_tree,
        is_seeded,
        rebuild_index,
        seed_articles,
        seed_catalog,
        setup_django,
        vacuum_analyze,
    )

    setup_django()
    from django.core.management import call_command
    from django.db import transaction
    from wagtail.search.models import IndexEntry

    from bench.corpus import Corpus
    from catalog.models import Product, TourismSpot

    facts = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    facts["migrate_seconds"] = time.perf_counter() - started
    if args.migrate_only:
        print(FACTS_MARKER + json.dumps(facts), flush=True)
        return
    facts["seeded_now"] = not is_seeded()
    if facts["seeded_now"]:
        corpus = Corpus(random.Random(SEED))
        started = time.perf_counter()
        with transaction.atomic():
            village = build_site()
            seed_articles(corpus, village.news, args.articles)
            seed_catalog(corpus, village.site, TourismSpot, args.wisata)
            seed_catalog(corpus, village.site, Product, args.products)
            check_tree(village.news, args.articles)
        facts["seed_seconds"] = time.perf_counter() - started
    if args.index and (facts["seeded_now"] or not IndexEntry.objects.exists()):
        facts["index_seconds"], facts["index_entries"] = rebuild_index()
    vacuum_analyze()
    print(FACTS_MARKER + json.dumps(facts), flush=True)


def inspect_database():
    """Facts about the seeded database in DATABASE_URL: sizes, URLs, in-process timings."""
    from bench.search_bench import setup_django

    setup_django()
    from articles.models import ArticlePage
    from catalog.models import Product, TourismSpot

    # The newest article is number 1 of the seeded sequence in every database, with the
    # same text, categories and tags, so the scaling databases compare like with like.
    article = ArticlePage.objects.live().order_by("-publication_date", "-pk").first()
    facts = dict(
        articles=ArticlePage.objects.count(),
        wisata=TourismSpot.objects.count(),
        products=Product.objects.count(),
        article_url=article.url,
        product_url=Product.objects.order_by("pk").first().get_url(),
        inprocess=profile_urls(["/", "/berita/", article.url]),
    )
    print(FACTS_MARKER + json.dumps(facts), flush=True)


def profile_urls(urls, repeat=10):
    """{url: [SQL queries, median ms]} of uncached requests, in-process (Django's test
    client, no HTTP server), to explain the HTTP figures."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    found = {}
    for url in urls:
        client.get(url)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as captured:
            status = client.get(url).status_code
        if status != 200:
            raise BenchError(f"{url} answered {status} in the seeded database")
        found[url] = [len(captured.captured_queries), statistics.median(times)]
    return found


# --- Databases (parent process) ----------------------------------------------------


def with_name(url, name):
    """The same server URL with another database name."""
    base, _, rest = url.rpartition("/")
    query = rest.partition("?")[2]
    return f"{base}/{name}" + (f"?{query}" if query else "")


def create_database(config, template=None):
    from psycopg import sql

    check_droppable(config)
    name = sql.Identifier(config["NAME"])
    with server_connection(config) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        if template:
            template = sql.Identifier(template)
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(name, template))
        else:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(name))


def prepare_command(args, articles, index=False, migrate_only=False, inspect=False):
    command = [sys.executable, str(Path(__file__).resolve()), "--prepare"]
    if inspect:
        return [*command, "--inspect"]
    command += ["--articles", str(articles), "--wisata", str(args.wisata)]
    command += ["--products", str(args.products)]
    if index:
        command.append("--index")
    if migrate_only:
        command.append("--migrate-only")
    return command


def clean_env(**values):
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    env.update(values)
    return env


def run_children(jobs):
    """Run (label, command, database URL) children side by side; return their facts."""
    running = [
        (
            label,
            subprocess.Popen(
                command,
                cwd=BASE_DIR,
                env=clean_env(DATABASE_URL=url, PAGE_CACHE_SECONDS="0", PYTHONUNBUFFERED="1"),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            ),
        )
        for label, command, url in jobs
    ]
    results, failed = {}, []
    try:
        for label, process in running:
            output, _ = process.communicate(timeout=900)
            facts = None
            for line in output.splitlines():
                if line.startswith(FACTS_MARKER):
                    facts = json.loads(line[len(FACTS_MARKER) :])
                elif line.strip():
                    print(f"  [{label}] {line}", flush=True)
            if process.returncode != 0 or facts is None:
                failed.append(f"{label} (exit {process.returncode})")
            results[label] = facts
    finally:
        for _label, process in running:
            if process.poll() is None:
                process.kill()
                process.wait()
    if failed:
        raise BenchError("Preparing the databases failed: " + ", ".join(failed))
    return results


def prepare_databases(args, databases):
    """databases: {label: (url, articles, index)}. New ones are copies of one migrated
    empty database (CREATE DATABASE … TEMPLATE), then seeded side by side."""
    configs = {label: database_config(url) for label, (url, _n, _i) in databases.items()}
    for config in configs.values():
        check_droppable(config)
    fresh = [
        label for label, config in configs.items() if not (args.reuse and database_exists(config))
    ]
    started = time.perf_counter()
    if fresh:
        print(f"Creating databases {', '.join(configs[x]['NAME'] for x in fresh)}…", flush=True)
        template = fresh[0]
        create_database(configs[template])
        command = prepare_command(args, 1, migrate_only=True)
        run_children([(template, command, databases[template][0])])
        for label in fresh[1:]:
            create_database(configs[label], template=configs[template]["NAME"])
    else:
        print("--reuse: keeping the existing databases.", flush=True)
    seeding = run_children(
        [
            (label, prepare_command(args, articles, index=index), url)
            for label, (url, articles, index) in databases.items()
        ]
    )
    seconds = time.perf_counter() - started
    # One at a time, so that the in-process timings do not compete with each other.
    facts = {}
    for label, (url, _articles, _index) in databases.items():
        facts.update(run_children([(label, prepare_command(args, 1, inspect=True), url)]))
    for label, item in facts.items():
        done = seeding[label]
        seeded = f"seeded in {done['seed_seconds']:.1f} s" if done["seeded_now"] else "reused"
        index = f", indexed in {done['index_seconds']:.1f} s" if "index_seconds" in done else ""
        print(
            f"  {configs[label]['NAME']}: {item['articles']:,} articles, {item['wisata']:,} "
            f"wisata, {item['products']:,} products ({seeded}{index})",
            flush=True,
        )
    print(f"Databases ready in {seconds:.1f} s.", flush=True)
    return facts, seconds


# --- Static files ------------------------------------------------------------------


def collect_static(env):
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise BenchError(f"collectstatic failed:\n{result.stdout}{result.stderr}")
    return time.perf_counter() - started


def static_file_like(size):
    """The collected static file (hashed name) whose size is closest to `size` bytes."""
    root = BASE_DIR / "staticfiles"
    manifest = json.loads((root / "staticfiles.json").read_text())
    candidates = [
        (abs((root / hashed).stat().st_size - size), hashed)
        for hashed in manifest["paths"].values()
        if (root / hashed).is_file() and not hashed.endswith((".map", ".gz", ".br"))
    ]
    if not candidates:
        raise BenchError("No collected static file found under staticfiles/.")
    _difference, hashed = min(candidates)
    return f"/static/{hashed}"


# --- gunicorn ------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def production_env(url, secret_key, **extra):
    return clean_env(
        DJANGO_SETTINGS_MODULE="village_site.settings.production",
        SECRET_KEY=secret_key,
        HTTPS="false",
        ALLOWED_HOSTS=f"{LOOPBACK},localhost",
        SERVE_MEDIA="true",
        DATABASE_URL=url,
        WEB_CONCURRENCY=str(WORKERS),
        PUBLIC_BASE_URL="http://localhost",
        # Each server starts with an empty shared cache, never one left by another database.
        CACHE_DIR=tempfile.mkdtemp(prefix="bench-cache-"),
        **extra,
    )


def children_of(pid):
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        return sorted(int(child) for child in text.split())
    except OSError:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    stat = (entry / "stat").read_text()
                    if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry.name))
        return sorted(found)


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    """User + system CPU time of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """gunicorn -c gunicorn.conf.py on a free loopback port; stopped on leaving `with`."""

    def __init__(self, label, env, log_dir):
        self.label = label
        self.port = free_port()
        self.env = {**env, "HOST": LOOPBACK, "PORT": str(self.port)}
        self.log_path = Path(log_dir) / f"gunicorn-{label}.log"
        self.database = database_config(env["DATABASE_URL"])
        self.process = None

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                # No control socket: gunicorn 27 puts it at one path per user
                # (~/.gunicorn/gunicorn.ctl), shared with any other gunicorn running here.
                [str(GUNICORN), "-c", "gunicorn.conf.py", "--no-control-socket"],
                cwd=BASE_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited at start:\n{self.log_tail()}")
            if len(self.workers()) == WORKERS:
                with contextlib.suppress(OSError, http.client.HTTPException):
                    if fetch(self.port, "/robots.txt")[0] == 200:
                        return
            time.sleep(0.3)
        raise BenchError(f"gunicorn did not answer within 90 s:\n{self.log_tail()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def workers(self):
        return children_of(self.process.pid)

    def worker_rss(self):
        """{pid: VmRSS in KiB} of the current workers."""
        result = {}
        for pid in self.workers():
            with contextlib.suppress(OSError):
                result[pid] = rss_kib(pid)
        return result

    def log_text(self):
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def log_tail(self, lines=30):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def cpu(self, conn):
        """{pid: CPU seconds} of the workers and of the PostgreSQL backends serving this
        server's database (conn: a connection to the same PostgreSQL server)."""
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s "
            "AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
            [self.database["NAME"]],
        ).fetchall()
        pids = self.workers() + [row[0] for row in rows]
        return {pid: cpu_seconds(pid) for pid in pids}

    def boots(self):
        """Workers booted so far: WORKERS at start, one more per recycled worker."""
        return len(re.findall(r"Booting worker with pid", self.log_text()))


def fetch(port, path):
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        return response.status, len(body), dict(response.getheaders())
    finally:
        connection.close()


# --- Load generators -----------------------------------------------------------------


@dataclass
class Run:
    requests: int
    seconds: float
    p50: float
    p95: float
    p99: float
    max: float
    errors: dict = field(default_factory=dict)
    recycled: int = 0
    rounds: list = field(default_factory=list)  # req/s of each short run
    cpu_ms: float = 0.0  # server CPU (workers + PostgreSQL) per request (compare())

    @property
    def rps(self):
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def error_count(self):
        return sum(self.errors.values())


def wrk(args, port, path, seconds, script):
    """One wrk run of `seconds` against 127.0.0.1."""
    url = f"http://{LOOPBACK}:{port}{path}"
    command = ["wrk", "-t", str(args.threads), "-c", str(args.connections)]
    command += ["-d", f"{seconds}s", "--timeout", "10s", "-s", str(script), url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    for line in result.stdout.splitlines():
        if line.startswith(WRK_MARKER):
            data = json.loads(line[len(WRK_MARKER) :])
            return Run(
                requests=data["requests"],
                seconds=data["duration_us"] / 1e6,
                p50=data["p50"] / 1000,
                p95=data["p95"] / 1000,
                p99=data["p99"] / 1000,
                max=data["max"] / 1000,
                errors={
                    key: data[key]
                    for key in ("connect", "read", "write", "status", "timeout")
                    if data[key]
                },
            )
    raise BenchError(f"wrk gave no result for {url}:\n{result.stdout}{result.stderr}")


def combine(parts):
    """One Run from the short runs of one URL (measure(), compare())."""
    return Run(
        requests=sum(run.requests for run in parts),
        seconds=sum(run.seconds for run in parts),
        # Percentiles of the rounds' runs, averaged: close, not exact.
        p50=statistics.mean(run.p50 for run in parts),
        p95=statistics.mean(run.p95 for run in parts),
        p99=statistics.mean(run.p99 for run in parts),
        max=max(run.max for run in parts),
        errors=dict(sum((Counter(run.errors) for run in parts), Counter())),
        recycled=sum(run.recycled for run in parts),
        rounds=[run.rps for run in parts],
    )


def measure(args, server, urls, script):
    """Every URL warmed up, then measured in turn, `args.rounds` short runs each, so that a
    change in the machine's load hits the pages and the baselines they are compared with
    alike: {label: (path, Run, bytes, X-Cache)}."""
    sizes = {}
    for label, path in urls:
        status, sizes[label], _headers = fetch(server.port, path)
        if status != 200:
            raise BenchError(f"{path} answered {status} on the {server.label} server")
        if args.warmup:
            wrk(args, server.port, path, args.warmup, script)
    seconds = max(1, args.duration // args.rounds)
    parts = {label: [] for label, _path in urls}
    for _round in range(args.rounds):
        for label, path in urls:
            boots = server.boots()
            run = wrk(args, server.port, path, seconds, script)
            run.recycled = server.boots() - boots
            parts[label].append(run)
    results = {}
    for label, path in urls:
        run = combine(parts[label])
        cache = fetch(server.port, path)[2].get("X-Cache", "-")
        results[label] = (path, run, sizes[label], cache)
        print(
            f"  {server.label:>8} {label:<13} {run.rps:8.1f} req/s  p50 {run.p50:6.1f}  "
            f"p95 {run.p95:6.1f}  p99 {run.p99:6.1f} ms  errors {run.error_count}  "
            f"recycled {run.recycled}  rounds {'/'.join(f'{x:.0f}' for x in run.rounds)}  "
            f"(load {load_average()})",
            flush=True,
        )
    return results


def compare(args, servers, paths, script):
    """Per URL, the servers measured in turn, `args.rounds` short runs each, so that a
    change in the machine's load hits both alike: {label: [Run per server]}."""
    seconds = max(1, args.duration // args.rounds)
    found = {}
    for label, path in paths.items():
        parts = [[] for _ in servers]
        for server in servers:
            status = fetch(server.port, path)[0]
            if status != 200:
                raise BenchError(f"{path} answered {status} on the {server.label} server")
            if args.warmup:
                wrk(args, server.port, path, args.warmup, script)
        cpu = [0.0 for _ in servers]
        with server_connection(servers[0].database) as conn:
            for _round in range(args.rounds):
                for number, (part, server) in enumerate(zip(parts, servers, strict=True)):
                    before = server.cpu(conn)
                    part.append(wrk(args, server.port, path, seconds, script))
                    after = server.cpu(conn)
                    # A process that started during the run counts from zero.
                    cpu[number] += sum(t - before.get(pid, 0.0) for pid, t in after.items())
        found[label] = []
        for number, (part, server) in enumerate(zip(parts, servers, strict=True)):
            run = combine(part)
            run.cpu_ms = 1000 * cpu[number] / run.requests if run.requests else 0.0
            found[label].append(run)
            print(
                f"  {server.label:>8} {label:<13} {run.rps:8.1f} req/s  p50 {run.p50:6.1f}  "
                f"p95 {run.p95:6.1f} ms  server CPU {run.cpu_ms:5.1f} ms/request  errors "
                f"{run.error_count}  (load {load_average()})",
                flush=True,
            )
    return found


def drive(port, path, count, clients, deadline):
    """A bounded load generator: `count` GETs of `path` on 127.0.0.1 over `clients`
    keep-alive connections, stopping early at `deadline` (time.monotonic())."""
    lock = threading.Lock()
    state = {"issued": 0}
    latencies, outcomes = [], Counter()

    def client():
        connection = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
        while True:
            with lock:
                if state["issued"] >= count or time.monotonic() >= deadline:
                    break
                state["issued"] += 1
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                outcome = "ok" if response.status < 400 else "status"
            except (OSError, http.client.HTTPException):
                connection.close()
                outcome = "socket"
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                outcomes[outcome] += 1
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if not latencies:
        return Run(0, seconds, 0, 0, 0, 0)
    return Run(
        requests=len(latencies),
        seconds=seconds,
        p50=percentile(latencies, 0.50),
        p95=percentile(latencies, 0.95),
        p99=percentile(latencies, 0.99),
        max=max(latencies),
        errors={key: n for key, n in outcomes.items() if key != "ok"},
    )


def soak(args, server, path):
    """Worker RSS after the first and after the last 1,000 of --soak-requests requests."""
    deadline = time.monotonic() + args.soak_seconds
    clients = args.soak_clients
    first = drive(server.port, path, SOAK_WINDOW, clients, deadline)
    after_first = server.worker_rss()
    print(f"  first {first.requests:,}: {first.rps:.1f} req/s; workers {after_first}", flush=True)
    middle_count = args.soak_requests - 2 * SOAK_WINDOW
    middle = drive(server.port, path, middle_count, clients, deadline)
    # The last window always runs, even when the middle one was cut short by the deadline.
    last = drive(server.port, path, SOAK_WINDOW, clients, time.monotonic() + 120)
    after_last = server.worker_rss()
    runs = [first, middle, last]
    total = sum(run.requests for run in runs)
    print(f"  {total:,} requests; workers at the end {after_last}", flush=True)
    return {
        "runs": runs,
        "total": total,
        "seconds": sum(run.seconds for run in runs),
        "cut_short": middle.requests < middle_count,
        "after_first": after_first,
        "after_last": after_last,
        "recycled": server.boots() - WORKERS,
    }


# --- Report -------------------------------------------------------------------------


def machine():
    memory = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    banner = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()
    return {
        "cpus": os.cpu_count(),
        "memory": memory,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "wrk": banner[1] if len(banner) > 1 else "?",
    }


def postgres_version(config):
    with server_connection(config) as conn:
        return conn.execute("SHOW server_version").fetchone()[0]


def mib(kib):
    return f"{kib / 1024:.1f}"


def ratio(value, base):
    return value / base if base else 0.0


def verdict(ok):
    return "met" if ok else "**missed**"


def error_text(run):
    text = str(run.error_count)
    if run.errors:
        text += " (" + ", ".join(f"{k} {v}" for k, v in run.errors.items()) + ")"
    return text


def url_table(results, base_label, base_name, with_cache):
    base = results[base_label][1].rps
    head = "| URL | path | bytes | req/s | rounds | p50 ms | p95 ms | p99 ms | errors | recycled |"
    rule = "|---|---|---:|---:|---|---:|---:|---:|---|---:|"
    if with_cache:
        head, rule = head + " X-Cache |", rule + "---|"
    lines = [f"{head} ÷ {base_name} |", f"{rule}---:|"]
    for label, (path, run, size, cache) in results.items():
        cells = [
            label,
            f"`{path}`",
            f"{size:,}",
            f"{run.rps:,.1f}",
            " / ".join(f"{rps:,.0f}" for rps in run.rounds),
            f"{run.p50:.1f}",
            f"{run.p95:.1f}",
            f"{run.p99:.1f}",
            error_text(run),
            str(run.recycled),
        ]
        if with_cache:
            cells.append(cache)
        cells.append(f"{ratio(run.rps, base):.0%}")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def slowdown(small, large):
    """Extra server CPU (gunicorn workers + PostgreSQL backends) per request at the large
    size: what limits req/s on a machine of its own. Unlike req/s on this shared machine,
    it does not swing with other work."""
    return ratio(large.cpu_ms, small.cpu_ms) - 1


def throughput_slowdown(small, large):
    """Median over the rounds of (req/s small ÷ req/s large) − 1."""
    pairs = list(zip(small.rounds, large.rounds, strict=True)) or [(small.rps, large.rps)]
    return statistics.median(ratio(a, b) for a, b in pairs) - 1


def evaluate(results, memory, scaling, facts):
    """Each target: (name, measured text, met)."""
    cold, warm = results["cold"], results["warm"]
    runs = [item[1] for mode in results.values() for item in mode.values()]
    runs += memory["runs"] + [run for pair in scaling.values() for run in pair]
    errors = sum(run.error_count for run in runs)

    static = warm["static file"][1]
    pages = [label for label in warm if label not in ("static file", "minimal view", "search")]
    warm_ratios = {label: ratio(warm[label][1].rps, static.rps) for label in pages}
    worst = min(warm_ratios, key=warm_ratios.get)
    # Short stalls of the machine hit some rounds of either side; best rounds compare peaks.
    worst_peak = ratio(max(warm[worst][1].rounds), max(static.rounds))
    cold_ratio = ratio(cold["article"][1].rps, cold["minimal view"][1].rps)

    growths = {
        pid: ratio(memory["after_last"][pid] - before, before)
        for pid, before in memory["after_first"].items()
        if pid in memory["after_last"]
    }
    same_workers = set(memory["after_first"]) == set(memory["after_last"]) and growths
    growth = max(growths.values()) if growths else math.inf
    slowdowns = {label: slowdown(small, large) for label, (small, large) in scaling.items()}
    small, large = facts["scaling_sizes"]
    return (
        [
            (
                "no errors (non-2xx/3xx, socket errors, timeouts) in any run",
                f"{errors}",
                errors == 0,
            ),
            (
                f"warm pages ≥ {TARGET_WARM_VS_STATIC:.0%} of the static file's req/s",
                f"lowest {worst} {warm_ratios[worst]:.0%} (best rounds {worst_peak:.0%})",
                warm_ratios[worst] >= TARGET_WARM_VS_STATIC,
            ),
            (
                f"cold article ≥ {TARGET_COLD_ARTICLE_VS_MINIMAL:.0%} of the minimal view's req/s",
                f"{cold_ratio:.0%}",
                cold_ratio >= TARGET_COLD_ARTICLE_VS_MINIMAL,
            ),
            (
                f"worker memory growth ≤ {TARGET_MEMORY_GROWTH:.0%}, first vs last 1,000 of "
                f"{memory['total']:,} requests",
                f"max {growth:+.1%}" if same_workers else "workers replaced: not comparable",
                bool(same_workers) and growth <= TARGET_MEMORY_GROWTH,
            ),
            (
                f"Berita listing and article slow down ≤ {TARGET_SLOWDOWN:.0%} from {small:,} "
                f"to {large:,} articles (server CPU per request)",
                ", ".join(f"{label} {value:+.0%}" for label, value in slowdowns.items()),
                all(value <= TARGET_SLOWDOWN for value in slowdowns.values()),
            ),
        ],
        growths,
        slowdowns,
    )


def gunicorn_settings():
    """gunicorn.conf.py's values, as the benchmark's servers read them."""
    with mock.patch.dict(os.environ, clean_env(), clear=True):
        return runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))


def report(facts, results, memory, scaling, args):
    gunicorn = gunicorn_settings()
    m = facts["machine"]
    main = facts["databases"]["main"]
    targets, growths, slowdowns = evaluate(results, memory, scaling, facts)
    lines = [
        "### Load benchmark (`make bench-load`)",
        "",
        f"Machine: {m['cpus']} CPUs, {m['memory']} RAM, {m['system']}, PostgreSQL "
        f"{facts['postgres']}, Python {m['python']}, {versions()}, wrk {m['wrk']}. Load "
        f"average at start / end: {facts['load_start']} / {facts['load_end']}; wrk and "
        "PostgreSQL share the CPUs with gunicorn, and other work on the machine makes the "
        "figures noisier.",
        "",
        f"Stack: gunicorn with gunicorn.conf.py ({WORKERS} workers × {gunicorn['threads']} "
        f"threads, {gunicorn['worker_class']}, max_requests {gunicorn['max_requests']:,} + "
        f"up to {gunicorn['max_requests_jitter']:,} jitter), "
        "`village_site.settings.production` with HTTPS=false and SERVE_MEDIA=true, the "
        "shared file cache (no REDIS_URL), WhiteNoise for /static/. Load: every URL warmed "
        f"up for {args.warmup} s (unmeasured), then {args.rounds} rounds in which each URL "
        f"in turn gets `wrk -t{args.threads} -c{args.connections} "
        f"-d{max(1, args.duration // args.rounds)}s`, so that the machine's load changes "
        "hit the pages and the baselines alike; p50/p95/p99 from wrk's whole latency "
        "histogram (a Lua `done` hook), averaged over the rounds; *rounds*: req/s of each "
        "round; *recycled*: workers gunicorn replaced during the "
        f"measured run (max_requests). Content: {main['articles']:,} articles, "
        f"{main['wisata']:,} wisata, {main['products']:,} products. Databases built in "
        f"{facts['prepare_seconds']:.0f} s, whole run {facts['total_seconds']:.0f} s.",
        "",
        "**Cold** (page cache off, `PAGE_CACHE_SECONDS=0`):",
        "",
        *url_table(results["cold"], "minimal view", "minimal view", False),
        "",
        "**Warm** (page cache on, the default; `search` is not page-cached by design):",
        "",
        *url_table(results["warm"], "static file", "static file", True),
        "",
        f"Baselines: *static file* is `{facts['static_path']}`, the collected file nearest "
        "in size to the article page, served by WhiteNoise; *minimal view* is `/robots.txt`, "
        "the smallest Django view the site has (a `TemplateView` of a 5-line template, "
        "through the whole middleware stack; the page cache stores it too when on).",
        "",
        "**Warm, without worker recycling** (`GUNICORN_MAX_REQUESTS=0`, for comparison; "
        "not the production setting):",
        "",
        *url_table(results["norecycle"], "static file", "static file", True),
        "",
        "**Worker memory** (VmRSS of the gunicorn workers, the master's children):",
        "",
        "| server | at start, MiB per worker | after its runs, MiB per worker | recycled |",
        "|---|---|---|---:|",
    ]
    for label, info in facts["rss"].items():
        lines.append(
            f"| {label} | {' / '.join(mib(v) for v in info['start'].values())} | "
            f"{' / '.join(mib(v) for v in info['end'].values())} | {info['recycled']} |"
        )
    soak_run = memory["runs"]
    latencies = soak_run[1] if soak_run[1].requests else soak_run[0]
    lines += [
        "",
        f"Memory run: {memory['total']:,} requests of the article page, page cache off, "
        f"{args.soak_clients} keep-alive connections from a bounded Python client, "
        f"`GUNICORN_MAX_REQUESTS=0` so the same two workers serve them all "
        f"({memory['recycled']} recycled); {memory['seconds']:.0f} s, "
        f"{ratio(memory['total'], memory['seconds']):.1f} req/s, middle part p50 / p95 / "
        f"p99 {latencies.p50:.0f} / {latencies.p95:.0f} / {latencies.p99:.0f} ms"
        + (
            f"; cut short by the {args.soak_seconds} s limit (asked: {args.soak_requests:,})"
            if memory["cut_short"]
            else ""
        )
        + ".",
        "",
        "| worker | after the first 1,000, MiB | after the last 1,000, MiB | growth |",
        "|---|---:|---:|---:|",
    ]
    for pid, growth in growths.items():
        lines.append(
            f"| pid {pid} | {mib(memory['after_first'][pid])} | "
            f"{mib(memory['after_last'][pid])} | {growth:+.1%} |"
        )
    small_size, large_size = facts["scaling_sizes"]
    small_facts, large_facts = facts["databases"]["small"], facts["databases"]["large"]
    lines += [
        "",
        f"**Scaling** (cold; {small_size:,} vs {large_size:,} articles, the same wisata and "
        "products; the article is the newest, the same text in both databases; SQL queries "
        "and in-process ms: uncached requests through Django's test client, no HTTP, the "
        "median of 10, measured while nothing else of the benchmark runs):",
        "",
        f"| URL | req/s at {small_size:,} → {large_size:,} | p50 ms | p95 ms | errors | "
        "server CPU ms per request | SQL queries | in-process ms | slowdown, CPU per request "
        "| slowdown, req/s |",
        "|---|---|---|---|---|---|---|---|---:|---:|",
    ]
    for label, (small, large) in scaling.items():
        path = facts["scaling_paths"][label]
        sql_small, ms_small = small_facts["inprocess"].get(path, ["?", 0])
        sql_large, ms_large = large_facts["inprocess"].get(path, ["?", 0])
        lines.append(
            f"| {label} | {small.rps:,.1f} → {large.rps:,.1f} | {small.p50:.1f} → "
            f"{large.p50:.1f} | {small.p95:.1f} → {large.p95:.1f} | {small.error_count} / "
            f"{large.error_count} | {small.cpu_ms:.1f} → {large.cpu_ms:.1f} | {sql_small} → "
            f"{sql_large} | {ms_small:.1f} → {ms_large:.1f} | {slowdowns[label]:+.0%} | "
            f"{throughput_slowdown(small, large):+.0%} |"
        )
    lines += [
        "",
        "The two servers run side by side and are measured in turn, 4 runs of "
        f"{max(1, args.duration // 4)} s each per URL (p50/p95: the runs' mean). The verdict "
        "uses the *server CPU per request*: user + system time of the gunicorn workers and "
        "of the PostgreSQL backends of that database (/proc/<pid>/stat) during the runs, "
        "divided by the requests; it is what bounds req/s on a machine of its own. The "
        "req/s slowdown (median over the 4 pairs of runs of req/s small ÷ req/s large − 1) "
        "is shown too, but on this shared machine it swings by ±20 points from run to run.",
        "",
        "**Targets**:",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {measured} | {verdict(ok)} |" for name, measured, ok in targets]
    misses = [f"{name}: {measured}" for name, measured, ok in targets if not ok]
    lines += ["", "Targets: " + ("all met." if not misses else "missed — " + "; ".join(misses))]
    return "\n".join(lines), misses


# --- Main --------------------------------------------------------------------------


def main(argv=None):
    args = parse_args(argv)
    if args.prepare:
        inspect_database() if args.inspect else prepare_database(args)
        return 0
    if not shutil.which("wrk"):
        raise BenchError("wrk is not installed: apt-get install wrk")
    if not GUNICORN.exists():
        raise BenchError(f"{GUNICORN} is missing: run make install-production.")
    started = time.perf_counter()
    url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    config = database_config(url)
    check_droppable(config)
    name = config["NAME"]
    databases = {
        "main": (url, args.articles, True),
        "small": (with_name(url, f"{name}_a{args.small}"), args.small, False),
        "large": (with_name(url, f"{name}_a{args.large}"), args.large, False),
    }
    facts = {"load_start": load_average(), "machine": machine()}
    facts["postgres"] = postgres_version(config)
    facts["databases"], facts["prepare_seconds"] = prepare_databases(args, databases)
    main_facts = facts["databases"]["main"]
    secret_key = secrets.token_urlsafe(50)
    seconds = collect_static(production_env(url, secret_key))
    print(f"Collected static files in {seconds:.1f} s.", flush=True)

    article = main_facts["article_url"]
    pages = [
        ("home", "/"),
        ("article", article),
        ("berita", "/berita/"),
        ("wisata", "/wisata/"),
        ("product", main_facts["product_url"]),
        ("search", "/cari/?q=stroberi"),
    ]
    results, facts["rss"] = {}, {}
    with tempfile.TemporaryDirectory(prefix="loadbench-") as tmp:
        script = Path(tmp) / "report.lua"
        script.write_text(WRK_SCRIPT)
        passes = [
            ("cold", {"PAGE_CACHE_SECONDS": "0"}, pages),
            ("warm", {}, pages),
            ("norecycle", {"GUNICORN_MAX_REQUESTS": "0"}, [("article", article)]),
        ]
        for mode, extra, urls in passes:
            print(f"Measuring {mode} (gunicorn started afresh)…", flush=True)
            with Server(mode, production_env(url, secret_key, **extra), tmp) as server:
                start_rss = server.worker_rss()
                if "static_path" not in facts:
                    facts["static_path"] = static_file_like(fetch(server.port, article)[1])
                baselines = [("static file", facts["static_path"]), ("minimal view", "/robots.txt")]
                results[mode] = measure(args, server, urls + baselines, script)
                facts["rss"][mode] = {
                    "start": start_rss,
                    "end": server.worker_rss(),
                    "recycled": server.boots() - WORKERS,
                }

        print(
            f"Memory run: {args.soak_requests:,} requests of the article, page cache off…",
            flush=True,
        )
        env = production_env(url, secret_key, PAGE_CACHE_SECONDS="0", GUNICORN_MAX_REQUESTS="0")
        with Server("memory", env, tmp) as server:
            memory = soak(args, server, article)

        small, large = facts["databases"]["small"], facts["databases"]["large"]
        facts["scaling_sizes"] = (small["articles"], large["articles"])
        facts["scaling_paths"] = {"berita": "/berita/", "article": small["article_url"]}
        if large["article_url"] != small["article_url"]:
            raise BenchError("The scaling databases' newest articles differ; re-seed them.")
        print(
            f"Scaling: {small['articles']:,} vs {large['articles']:,} articles, cold, "
            "alternating between the two servers…",
            flush=True,
        )
        envs = [
            production_env(databases[size][0], secret_key, PAGE_CACHE_SECONDS="0")
            for size in ("small", "large")
        ]
        with (
            Server(f"a{small['articles']}", envs[0], tmp) as server_small,
            Server(f"a{large['articles']}", envs[1], tmp) as server_large,
        ):
            scaling = compare(args, (server_small, server_large), facts["scaling_paths"], script)
    facts["load_end"] = load_average()
    facts["total_seconds"] = time.perf_counter() - started
    print(f"Finished in {facts['total_seconds']:.0f} s.", flush=True)
    text, misses = report(facts, results, memory, scaling, args)
    print()
    print(text)
    return 1 if misses else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"load_bench: {error}", file=sys.stderr)
        sys.exit(2)
