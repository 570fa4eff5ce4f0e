"""Cache backends that degrade to "uncached" when the cache fails, never to a 500.

The page cache, the search-result cache and the purge counters all live in Django's default
cache. A cache that cannot answer (Redis down, a full disk) must cost speed, not the site:
reads miss, writes are dropped, and each failure is logged."""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

logger = logging.getLogger("core.cache")


class FailSafeCacheMixin:
    def _degrade(self, operation, default, call, *args):
        try:
            return call(*args)
        except ValueError:
            # incr of a missing key: the caller handles it (VersionCounter sets the key).
            raise
        except Exception:
            logger.exception("Cache %s failed; serving uncached", operation)
            return default

    def get(self, key, default=None, version=None):
        return self._degrade("get", default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._degrade("get_many", {}, super().get_many, keys, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade("set", None, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade("add", False, super().add, key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        return self._degrade("incr", delta, super().incr, key, delta, version)

    def delete(self, key, version=None):
        return self._degrade("delete", False, super().delete, key, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade("touch", False, super().touch, key, timeout, version)


class FailSafeFileBasedCache(FailSafeCacheMixin, FileBasedCache):
    """The default without REDIS_URL: files every worker on the machine shares, so a purge
    in one process reaches all of them; it keeps working while the database is down."""
