"""Configuration comes from the environment; production refuses to start without a secret."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROJECT_DIR = Path(__file__).resolve().parent.parent


def load_settings(module, **environ):
    """Import a settings module in a fresh interpreter and return a few of its values."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY"}}
    env.update(environ, DJANGO_SETTINGS_MODULE=module)
    script = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], "
        "'postgres_app': 'django.contrib.postgres' in s.INSTALLED_APPS, "
        "'hosts': s.ALLOWED_HOSTS, 'debug': s.DEBUG}))"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_indonesian_language_and_jakarta_time():
    assert settings.LANGUAGE_CODE == "id"
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert "django.middleware.locale.LocaleMiddleware" in settings.MIDDLEWARE


def test_without_database_url_the_site_uses_sqlite():
    result = load_settings("village_site.settings.dev")
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["postgres_app"] is False


def test_postgres_urls_select_postgresql_with_contrib_postgres():
    for scheme in ("postgres", "postgresql"):
        result = load_settings(
            "village_site.settings.dev", DATABASE_URL=f"{scheme}://u@127.0.0.1:5432/desa"
        )
        values = json.loads(result.stdout)
        assert values["engine"] == "django.db.backends.postgresql"
        assert values["postgres_app"] is True


def test_production_refuses_to_start_without_secret_key():
    result = load_settings("village_site.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_reads_hosts_and_debug_from_environment():
    result = load_settings(
        "village_site.settings.production",
        SECRET_KEY="s3cret",
        ALLOWED_HOSTS="desaserang.id, www.desaserang.id",
    )
    values = json.loads(result.stdout)
    assert values["hosts"] == ["desaserang.id", "www.desaserang.id"]
    assert values["debug"] is False


def test_unknown_address_shows_an_indonesian_not_found_page(client, news_index):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert '<html lang="id">' in html
    assert "Desa Uji" in html


def test_production_settings_pass_the_deployment_checklist():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="village_site.settings.production",
        SECRET_KEY="a-long-random-production-secret-key-for-the-deploy-check-0123456789",
        ALLOWED_HOSTS="desaserang.id",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_public_pages_carry_a_strict_content_security_policy(client, news_index):
    response = client.get(news_index.url)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_admin_has_no_public_content_security_policy(client, news_index):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" not in response.headers
