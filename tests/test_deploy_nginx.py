"""The shipped nginx configuration (deploy/nginx/desa.conf): nginx accepts it, and in front
of the site it serves static files and renditions itself, keeps originals and documents
behind Django, and passes pages through compressed.

Needs Debian's nginx (installed by .ci/run); skipped without it."""

import gzip
import http.client
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from deploy.local_proxy import NGINX, nginx_conf
from tests.production_stack import (
    GUNICORN,
    free_port,
    publish_article,
    run_in_stack,
    serve_production_stack,
    unpublish_article,
)

pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_nginx_accepts_the_shipped_configuration(tmp_path):
    conf = nginx_conf(
        tmp_path, f"127.0.0.1:{free_port()}", "127.0.0.1:8000", "/srv/static", "/srv/media"
    )

    result = subprocess.run(
        [NGINX, "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


@contextmanager
def nginx_running(folder, upstream):
    """nginx with the shipped configuration on a free port, passing pages to `upstream`;
    a static file, a rendition, an original and a document wait in its folders."""
    (folder / "staticfiles" / "css").mkdir(parents=True)
    (folder / "staticfiles" / "css" / "site.abc123.css").write_text("body{}" * 400)
    for media_folder, name in [
        ("images", "foto.fill-400x300.jpg"),
        ("original_images", "foto.jpg"),
        ("documents", "rahasia.pdf"),
    ]:
        (folder / "media" / media_folder).mkdir(parents=True)
        (folder / "media" / media_folder / name).write_bytes(b"isi berkas")
    port = free_port()
    conf = nginx_conf(
        folder, f"127.0.0.1:{port}", upstream, folder / "staticfiles", folder / "media"
    )
    process = subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def nginx_in_front(tmp_path, live_server):
    with nginx_running(tmp_path, urlsplit(live_server.url).netloc) as url:
        yield url


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_serves_static_and_renditions_and_hides_the_rest(nginx_in_front):
    status, headers, _body = fetch(f"{nginx_in_front}/static/css/site.abc123.css")
    assert status == 200
    assert "immutable" in headers["Cache-Control"]

    assert fetch(f"{nginx_in_front}/media/images/foto.fill-400x300.jpg")[0] == 200
    assert fetch(f"{nginx_in_front}/media/original_images/foto.jpg")[0] == 404
    assert fetch(f"{nginx_in_front}/media/documents/rahasia.pdf")[0] == 404


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_passes_pages_through_compressed(nginx_in_front):
    status, headers, body = fetch(f"{nginx_in_front}/robots.txt", **{"Accept-Encoding": "gzip"})

    assert status == 200
    assert b"Sitemap" in (gzip.decompress(body) if headers.get("Content-Encoding") else body)
    # An answer whose headers echo a long address (APPEND_SLASH's redirect) fits too.
    assert fetch(f"{nginx_in_front}/{'a' * 3000}")[0] in (301, 404)


@pytest.fixture(scope="module")
def make_serve_stack(tmp_path_factory, django_db_blocker):
    """The production stack started as `make serve` starts it: deploy/local_proxy.py runs
    nginx on the public port in front of gunicorn."""
    folder = tmp_path_factory.mktemp("make-serve")
    with django_db_blocker.unblock(), serve_production_stack(folder, behind_nginx=True) as s:
        yield s


def hold_half_requests(base_url, count):
    """Slowloris: sockets that send part of a request's headers and never finish."""
    host, port = urlsplit(base_url).netloc.split(":")
    sockets = []
    for _ in range(count):
        sock = socket.create_connection((host, int(port)), timeout=5)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lambat: ")
        sockets.append(sock)
    return sockets


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")
def test_make_serve_puts_nginx_in_front_and_slow_clients_hold_no_worker(make_serve_stack):
    base = make_serve_stack["url"]
    status, headers, _ = fetch(f"{base}/")
    assert status == 200
    assert headers["Server"].startswith("nginx")
    assert fetch(f"{base}/admin/login/")[0] == 200

    # More half-sent requests than gunicorn has threads (2 workers × 4): nginx holds them.
    sockets = hold_half_requests(base, 30)
    try:
        started = time.monotonic()
        answers = [fetch(f"{base}/")[0] for _ in range(20)]
        elapsed = time.monotonic() - started
    finally:
        for sock in sockets:
            sock.close()

    assert answers == [200] * 20
    assert elapsed < 5, f"20 page views took {elapsed:.1f} s while 30 slow clients waited"


def status_from(base_url, path, source):
    """GET `path` from the loopback address `source`, as a different client would."""
    host, port = urlsplit(base_url).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10, source_address=(source, 0))
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    finally:
        connection.close()


def test_nginx_answers_a_flooding_client_itself_and_serves_the_others(tmp_path):
    # No app behind it (502): what is measured is nginx's own answer, at nginx's speed.
    with nginx_running(tmp_path, f"127.0.0.1:{free_port()}") as url:
        flood = Counter(status_from(url, f"/?r={n}", "127.0.0.2") for n in range(300))
        other_client = status_from(url, "/", "127.0.0.1")
        static_for_flooder = status_from(url, "/static/css/site.abc123.css", "127.0.0.2")

    assert flood[429] > 100, flood
    assert other_client == 502  # passed on to the app, not refused
    assert static_for_flooder == 200


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")
def test_nginx_keeps_a_page_one_second_at_most_and_never_for_editors(make_serve_stack):
    base = make_serve_stack["url"]
    body = "Gabah kering dijemur di halaman balai desa."
    path = run_in_stack(make_serve_stack, publish_article, "Musim Panen Tiba", body)
    path = path.split()[-1]
    seen = [fetch(f"{base}{path}")[1].get("X-Proxy-Cache") for _ in range(10)]
    assert "HIT" in seen
    editor = fetch(f"{base}{path}", Cookie="sessionid=tidak-sah")[1]
    assert editor.get("X-Proxy-Cache") == "BYPASS"

    run_in_stack(make_serve_stack, unpublish_article, "Musim Panen Tiba")
    time.sleep(1.1)

    assert [fetch(f"{base}{path}")[0] for _ in range(50)] == [404] * 50
