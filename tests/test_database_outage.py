"""Faults are survived: PostgreSQL stops under load and comes back, and the production
stack (gunicorn with two workers) answers every request with a page or a friendly 503,
never a 500, and recovers by itself, without a gunicorn restart.

The database is a PostgreSQL cluster of this test's own (initdb in a temporary folder, on a
free port), so stopping it disturbs nothing else."""

import glob
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from tests.production_stack import GUNICORN, free_port, http_get, serve_production_stack

PG_BIN = next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), "")

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed"),
    pytest.mark.skipif(not PG_BIN, reason="PostgreSQL's server programs are not installed"),
]

LOAD_CLIENTS = 4
OUTAGE_SECONDS = 4


class Cluster:
    """pg_ctl for a cluster in `folder`, run as the postgres user when we are root
    (PostgreSQL refuses to run as root)."""

    def __init__(self, folder, port):
        self.folder, self.port = folder, port

    def pg(self, program, *args):
        command = [f"{PG_BIN}/{program}", *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        log = f"{self.folder}/server.log"
        self.pg("pg_ctl", "-D", f"{self.folder}/data", "-o", options, "-l", log, "-w", "start")

    def stop(self):
        self.pg("pg_ctl", "-D", f"{self.folder}/data", "-m", "fast", "-w", "stop")


@contextmanager
def own_cluster():
    folder = Path(tempfile.mkdtemp(prefix="village-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder, free_port())
    cluster.pg("initdb", "-D", f"{folder}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8")
    cluster.start()
    try:
        subprocess.run(
            [
                f"{PG_BIN}/createdb",
                "-h",
                "127.0.0.1",
                "-p",
                str(cluster.port),
                "-U",
                "postgres",
                "desa",
            ],
            check=True,
            timeout=60,
        )
        yield cluster
    finally:
        with suppress(subprocess.CalledProcessError):  # already stopped by a failed test
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def load(url_of, stop_event, responses):
    """One reader: request after request until told to stop, noting each status."""
    n = 0
    while not stop_event.is_set():
        n += 1
        try:
            status = http_get(url_of(n), timeout=20)[0]
        except OSError as error:  # a refused or reset connection, counted apart
            status = type(error).__name__
        responses.append((time.monotonic(), status))


def test_database_restart_under_load_gives_no_500_and_recovers(tmp_path, django_db_blocker):
    with own_cluster() as cluster, django_db_blocker.unblock():
        database_url = f"postgres://postgres@127.0.0.1:{cluster.port}/desa"
        with serve_production_stack(tmp_path, database_url=database_url) as stack:
            base = stack["url"]
            for _ in range(6):
                assert http_get(f"{base}/")[0] == 200  # the home page is cached now
            # Half the readers ask for the cached home page, half for pages that need the
            # database every time (a new search each request; rate limits answer 429).
            readers = [lambda n: f"{base}/"] * (LOAD_CLIENTS // 2) + [
                lambda n, k=k: f"{base}/berita/?page={n}-{k}" for k in range(LOAD_CLIENTS // 2)
            ]
            stop_event, responses = threading.Event(), []
            threads = [
                threading.Thread(target=load, args=(reader, stop_event, responses))
                for reader in readers
            ]
            for thread in threads:
                thread.start()
            time.sleep(2)
            outage_start = time.monotonic()
            cluster.stop()
            time.sleep(OUTAGE_SECONDS)
            during_outage = http_get(f"{base}/berita/?page=outage")
            cached_during_outage = http_get(f"{base}/")
            cluster.start()
            outage_end = time.monotonic()
            recovered_after = wait_for_recovery(f"{base}/berita/")
            time.sleep(2)
            stop_event.set()
            for thread in threads:
                thread.join()
            gunicorn_still_running = stack["server"].poll() is None

    by_status = Counter(status for _, status in responses)
    in_outage = Counter(s for t, s in responses if outage_start < t < outage_end)
    report = f"all: {dict(by_status)}; during the outage: {dict(in_outage)}"
    assert by_status[500] == 0, report
    assert in_outage[503] > 0, report  # the outage really was seen
    assert set(by_status) <= {200, 404, 503}, report
    assert during_outage[0] == 503 and during_outage[1]["Retry-After"]
    assert "Situs sedang dipulihkan" in during_outage[2]
    assert cached_during_outage[0] == 200
    assert recovered_after is not None, report
    assert gunicorn_still_running
    print(f"{report}; recovered {recovered_after:.1f} s after the restart")


def wait_for_recovery(url, seconds=30):
    """Seconds until an uncached listing page is served again, or None."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if http_get(f"{url}?page=recovered-{time.monotonic()}")[0] == 200:
            return time.monotonic() - start
        time.sleep(0.2)
    return None
