"""Local development: the demo site on SQLite unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env_list

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-secret-key-not-for-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# The demo content and its loader exist only for development and tests.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
# runserver is one process, and a restart should show template changes at once.
if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
