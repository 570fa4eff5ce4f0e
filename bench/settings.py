"""Benchmark settings: the production stack (DEBUG off) on PostgreSQL from DATABASE_URL.

Static files use the plain storage, so the benchmark needs no collectstatic."""

import os
import warnings

from django.core.exceptions import ImproperlyConfigured

from village_site.settings.base import *  # noqa: F403
from village_site.settings.base import DATABASES, INSTALLED_APPS

if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "The benchmarks need PostgreSQL: set DATABASE_URL=postgres://user@host:port/village_bench "
        f"(got {os.environ.get('DATABASE_URL') or 'no DATABASE_URL, i.e. SQLite'})."
    )

DEBUG = False
# The benchmarks build their sites with the demo loader's set-up.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
SECRET_KEY = "bench-only-secret-key-never-used-in-production"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://localhost"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# No collectstatic for a benchmark: WhiteNoise need not warn that STATIC_ROOT is missing.
warnings.filterwarnings("ignore", "No directory at", UserWarning)
