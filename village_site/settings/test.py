"""Test settings: fast hashing, no network, no files left behind."""

import tempfile

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

DEBUG = False
SECRET_KEY = "test-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="village-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests never reach the network: embeds resolve through a local fake provider.
WAGTAILEMBEDS_FINDERS = [{"class": "tests.embed_finder.OfflineEmbedFinder"}]
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
# The test database keeps Wagtail's welcome page; tests build their own sites (fixtures).
VILLAGE_FIRST_RUN = False
# One process per test worker: local memory, emptied before each test (tests/conftest.py).
# The production-stack tests run gunicorn with the shared cache of production settings.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
