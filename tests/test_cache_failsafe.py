"""A cache that fails costs speed, not the site: reads miss, writes are dropped, errors are
logged, and pages are served uncached."""

import logging

import pytest
from django.core.cache import caches

from core.cache import FailSafeFileBasedCache
from core.versioned_cache import VersionCounter


@pytest.fixture
def broken_file_cache(tmp_path):
    """The default cache, on a folder that turns into a plain file once the site runs."""
    folder = tmp_path / "cache"
    broken = FailSafeFileBasedCache(str(folder), {})
    folder.rmdir()
    folder.write_text("not a folder")
    working = caches["default"]
    caches["default"] = broken
    yield broken
    caches["default"] = working


def test_a_failing_cache_misses_drops_writes_and_logs(broken_file_cache, caplog):
    with caplog.at_level(logging.ERROR, logger="core.cache"):
        broken_file_cache.set("key", "value", 60)
        assert broken_file_cache.get("key", "default") == "default"
        assert broken_file_cache.get_many(["key"]) == {}
        assert broken_file_cache.add("key", "value") is False

    assert "Cache set failed" in caplog.text
    assert "Cache get failed" in caplog.text


def test_purge_counters_survive_a_failing_cache(broken_file_cache):
    counter = VersionCounter("pagecache:global")

    counter.bump()

    assert counter.current() == 1


def test_pages_are_served_uncached_when_the_cache_fails(client, home_page, broken_file_cache):
    first = client.get(home_page.url)
    second = client.get(home_page.url)

    assert first.status_code == second.status_code == 200
    assert second.headers.get("X-Cache") != "HIT"


def test_a_working_file_cache_is_shared_through_its_folder(tmp_path):
    """Two cache objects on one folder, as two gunicorn workers have: a bump in one is
    seen by the other."""
    one = FailSafeFileBasedCache(str(tmp_path), {})
    other = FailSafeFileBasedCache(str(tmp_path), {})

    one.set("pagecache:global", 1, None)
    one.incr("pagecache:global")

    assert other.get("pagecache:global") == 2
