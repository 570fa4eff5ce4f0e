"""Version counters in the shared cache: bumping one retires every key built on it at once,
in every process, without listing the keys."""

from django.core.cache import cache


class VersionCounter:
    def __init__(self, key):
        self.key = key

    def current(self):
        return cache.get_or_set(self.key, 1, timeout=None)

    def bump(self):
        try:
            cache.incr(self.key)
        except ValueError:
            # Evicted or never set: any value other than the old one retires the old keys.
            cache.set(self.key, 2, timeout=None)
