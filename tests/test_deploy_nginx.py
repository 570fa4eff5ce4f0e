"""The shipped nginx configuration (deploy/nginx/desa.conf): nginx accepts it, and in front
of the site it serves static files and renditions itself, keeps originals and documents
behind Django, and passes pages through compressed.

Needs Debian's nginx (installed by .ci/run); skipped without it."""

import getpass
import gzip
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.production_stack import free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SITE_CONF = Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "desa.conf"

pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")


def nginx_conf(folder, port, upstream):
    """A whole nginx.conf around the shipped site file, with its paths put in `folder`."""
    site = SITE_CONF.read_text()
    site = site.replace("server 127.0.0.1:8000;", f"server {upstream};")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    site = site.replace("/srv/desa/", f"{folder}/")
    (folder / "desa.conf").write_text(site)
    temp_paths = "\n".join(
        f"    {kind}_temp_path {folder}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = folder / "nginx.conf"
    conf.write_text(
        # Workers read the test's private temporary folder as its owner.
        f"user {getpass.getuser()};\n"
        f"pid {folder}/nginx.pid;\n"
        f"error_log {folder}/error.log;\n"
        "daemon off;\n"
        "events {}\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n"
        "    access_log off;\n"
        f"{temp_paths}\n"
        f"    include {folder}/desa.conf;\n"
        "}\n"
    )
    return conf


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_nginx_accepts_the_shipped_configuration(tmp_path):
    conf = nginx_conf(tmp_path, free_port(), "127.0.0.1:8000")

    result = subprocess.run(
        [NGINX, "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


@pytest.fixture
def nginx_in_front(tmp_path, live_server):
    (tmp_path / "staticfiles" / "css").mkdir(parents=True)
    (tmp_path / "staticfiles" / "css" / "site.abc123.css").write_text("body{}" * 400)
    for folder, name in [
        ("images", "foto.fill-400x300.jpg"),
        ("original_images", "foto.jpg"),
        ("documents", "rahasia.pdf"),
    ]:
        (tmp_path / "media" / folder).mkdir(parents=True)
        (tmp_path / "media" / folder / name).write_bytes(b"isi berkas")
    port = free_port()
    conf = nginx_conf(tmp_path, port, urlsplit(live_server.url).netloc)
    process = subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


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
