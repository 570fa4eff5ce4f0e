#!/usr/bin/env python
"""Attacker probe: the trust issue's attacks, replayed against `make serve`'s stack (nginx
in front of gunicorn with 2 workers, production settings) on the demo database.

    .venv/bin/python bench/abuse_probe.py [--seconds 8]     (or: make bench-abuse)

A reader (127.0.0.1) reads the cached home page and an article, one request after another,
first alone (the baseline), then while one attacker (127.0.0.2) runs each attack below.
It prints, per attack, the reader's median and p95 latency as a ratio of the baseline,
what the attacker got back (by status), and any 500 anywhere. Target (trust issue): no
attack from one client slows cached pages by more than 2× and nothing answers 500.

Attacks: cache-busting query strings, a search storm (a new query each request), a
typeahead storm, junk input on every public parameter, slowloris (half-sent headers),
and password guessing on one account (which must then be locked, the others not).
Every request goes to 127.0.0.x; every run is bounded in time."""

import argparse
import http.client
import multiprocessing
import os
import random
import re
import secrets
import socket
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
READER, ATTACKER = "127.0.0.1", "127.0.0.2"
ATTACK_CONNECTIONS = 16
READS_PER_SECOND = 10


def request(port, path, source, method="GET", body=None, headers=None, timeout=15):
    """(status, headers, body) or (error name, {}, b'')."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=timeout, source_address=(source, 0)
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    except OSError as error:
        return type(error).__name__, {}, b""
    finally:
        connection.close()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def make_serve_stack(folder):
    """deploy/local_proxy.py on a free port with production settings and the demo
    database (DATABASE_URL, or make run's db.sqlite3), with a fresh cache."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "village_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "HTTPS": "false",
        "SERVE_MEDIA": "true",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "CACHE_DIR": f"{folder}/cache",
        "NGINX_DIR": f"{folder}/nginx",
        "STATIC_ROOT": f"{folder}/static",
        "GUNICORN_ACCESS_LOG": "/dev/null",
    }
    python = str(BASE_DIR / ".venv" / "bin" / "python")
    subprocess.run(
        [python, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    log = open(f"{folder}/server.log", "w")  # noqa: SIM115 - closed with the server
    server = subprocess.Popen(
        [python, "deploy/local_proxy.py"],
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 60
        while request(port, "/", READER)[0] != 200:
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit(f"The stack did not start:\n{Path(folder, 'server.log').read_text()}")
            time.sleep(0.5)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def read_pages(port, paths, stop, latencies, statuses):
    """The reader: cached pages at READS_PER_SECOND (far above a person, within the
    proxy's per-client limit), timing each."""
    while not stop.is_set():
        for path in paths:
            started = time.perf_counter()
            status = request(port, path, READER)[0]
            latencies.append(time.perf_counter() - started)
            statuses[status] += 1
            time.sleep(max(0, 1 / READS_PER_SECOND - (time.perf_counter() - started)))


def words(n=2):
    return " ".join(
        "".join(random.choices(string.ascii_lowercase, k=random.randint(3, 9))) for _ in range(n)
    )


JUNK = ["'", '"><script>', "%00", "../../etc/passwd", "9" * 40, "-1", "١٢", "🙂" * 50, "a" * 3000]


def junk_path(_):
    value = quote(random.choice(JUNK))
    return random.choice(
        [
            f"/berita/?page={value}",
            f"/berita/?kategori={value}&tag={value}",
            f"/wisata/?q={value}&kategori={value}&urut={value}&page={value}",
            f"/produk/?q={value}&harga_min={value}&page={value}",
            f"/cari/?q={value}&jenis={value}&page={value}",
            f"/cari/saran/?q={value}",
            f"/berita/{value}/",
            f"/{value}",
        ]
    )


ATTACKS = {
    "cache-busting query strings (/?r=random)": lambda n: f"/?r={secrets.token_hex(6)}",
    "search storm (a new query each time)": lambda n: "/cari/?" + urlencode({"q": words()}),
    "typeahead storm": lambda n: "/cari/saran/?" + urlencode({"q": words(1)}),
    "junk on every public parameter": junk_path,
}


def as_another_machine():
    """The attacker runs at the lowest CPU priority, so on this one machine it takes less
    of the CPU that an attacker elsewhere would not take at all."""
    os.nice(19)


def flood(port, path_of, stop, statuses):
    """Request after request on one kept-alive connection, as a flooding client does (a new
    connection each time would exhaust this one machine's ports, not the server)."""
    connection, n = None, 0
    while not stop.is_set():
        n += 1
        if connection is None:
            connection = http.client.HTTPConnection(
                "127.0.0.1", port, timeout=15, source_address=(ATTACKER, 0)
            )
        try:
            connection.request("GET", path_of(n))
            response = connection.getresponse()
            response.read()
            statuses[response.status] += 1
            if response.will_close:
                connection.close()
                connection = None
        except OSError as error:
            statuses[type(error).__name__] += 1
            connection.close()
            connection = None
    if connection is not None:
        connection.close()


def slowloris(port, stop, statuses, count=60):
    """Half-sent requests, topped up as the proxy closes them."""
    sockets = []
    while not stop.is_set():
        while len(sockets) < count:
            try:
                sock = socket.create_connection(
                    ("127.0.0.1", port), timeout=5, source_address=(ATTACKER, 0)
                )
                sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lambat: ")
                sockets.append(sock)
                statuses["held open"] += 1
            except OSError as error:
                statuses[type(error).__name__] += 1
                break
        time.sleep(1)
        for sock in list(sockets):
            try:
                sock.sendall(b"a")
            except OSError:
                sockets.remove(sock)
                statuses["closed by the proxy"] += 1
    for sock in sockets:
        sock.close()


def attack_process(port, attack, seconds, results):
    """The attacker, in a process of its own (another machine's GIL and CPU share)."""
    as_another_machine()
    stop, statuses = threading.Event(), Counter()
    if attack == "slowloris":
        threads = [threading.Thread(target=slowloris, args=(port, stop, statuses))]
    else:
        threads = [
            threading.Thread(target=flood, args=(port, ATTACKS[attack], stop, statuses))
            for _ in range(ATTACK_CONNECTIONS)
        ]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    results.put(dict(statuses))


def measure(port, paths, seconds, attack=None):
    stop, latencies, reader_statuses = threading.Event(), [], Counter()
    reader = threading.Thread(
        target=read_pages, args=(port, paths, stop, latencies, reader_statuses)
    )
    results = multiprocessing.Queue()
    attacker = attack and multiprocessing.Process(
        target=attack_process, args=(port, attack, seconds + 1, results)
    )
    if attacker:
        attacker.start()
        time.sleep(1)  # the attack is under way before the reader starts
    reader.start()
    time.sleep(seconds)
    stop.set()
    reader.join()
    attack_statuses = Counter(results.get(timeout=60)) if attacker else Counter()
    if attacker:
        attacker.join()
    latencies.sort()
    return {
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95)],
        "reader": reader_statuses,
        "attacker": attack_statuses,
    }


def log_in(port, username, password, source):
    status, headers, body = request(port, "/admin/login/", source)
    if status != 200:
        return status
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    form = urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token})
    status, headers, _ = request(
        port,
        "/admin/login/",
        source,
        "POST",
        form,
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Referer": f"http://127.0.0.1:{port}/admin/login/",
        },
    )
    return "masuk" if status == 302 and "/admin/" in headers.get("Location", "") else status


def password_guessing(port, guesses=200, per_second=8):
    """Guesses paced below the proxy's limit, so the app's own lock-out answers them."""
    answers = Counter()
    for n in range(guesses):
        started = time.perf_counter()
        answers[log_in(port, "admin", f"salah-{n}", ATTACKER)] += 1
        time.sleep(max(0, 1 / per_second - (time.perf_counter() - started)))
    return {
        "answers to wrong passwords": answers,
        "right password right after": log_in(port, "admin", "desa-serang", ATTACKER),
        "another account from the same address": log_in(
            port, "penulis", "penulis-serang", ATTACKER
        ),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8, help="per measurement")
    args = parser.parse_args(argv)
    with (
        tempfile.TemporaryDirectory(prefix="abuse-probe-") as folder,
        make_serve_stack(folder) as port,
    ):
        listing = request(port, "/berita/", READER)[2].decode()
        article = re.search(r'href="(/berita/(?!feed/)[^"?#/]+/)"', listing).group(1)
        paths = ["/", article]
        for path in paths * 5:  # both workers have cached both pages
            assert request(port, path, READER)[0] == 200, path
        time.sleep(2)
        baseline = measure(port, paths, args.seconds)
        rows, worst, errors = [], 0.0, 0
        for attack in [*ATTACKS, "slowloris"]:
            time.sleep(2)  # the attacker's limits drain between attacks
            run = measure(port, paths, args.seconds, attack)
            ratio = run["p50"] / baseline["p50"], run["p95"] / baseline["p95"]
            worst = max(worst, ratio[0])
            errors += run["reader"][500] + run["attacker"][500]
            rows.append((attack, run, ratio))
        guessing = password_guessing(port)

    print(
        f"\n## Attacker probe (make serve: nginx + gunicorn 2 workers), {args.seconds:g} s each\n"
    )
    print(
        f"Reader's baseline on {', '.join(paths)}: p50 {baseline['p50'] * 1000:.1f} ms, "
        f"p95 {baseline['p95'] * 1000:.1f} ms, {sum(baseline['reader'].values())} requests\n"
    )
    print(
        "| attack | reader p50 | ×baseline | reader p95 | ×baseline | reader got | attacker got |"
    )
    print("|---|---|---|---|---|---|---|")
    for attack, run, ratio in rows:
        print(
            f"| {attack} | {run['p50'] * 1000:.1f} ms | {ratio[0]:.2f} | "
            f"{run['p95'] * 1000:.1f} ms | {ratio[1]:.2f} | {dict(run['reader'])} | "
            f"{dict(run['attacker'])} |"
        )
    print("\nPassword guessing on 'admin' from one address:")
    for name, value in guessing.items():
        print(f"- {name}: {dict(value) if isinstance(value, Counter) else value}")
    locked = guessing["right password right after"] != "masuk"
    others_fine = guessing["another account from the same address"] == "masuk"
    ok = worst <= 2 and errors == 0 and locked and others_fine
    print(
        f"\nWorst median slowdown {worst:.2f}× (target ≤ 2×); 500s: {errors} (target 0); "
        f"account locked: {locked}; other accounts unaffected: {others_fine} → "
        f"{'MET' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
