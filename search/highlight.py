"""Excerpts with the reader's words marked, including Indonesian affixed forms.

The search backend does the real (stemmed) matching; this only decides which words
to <mark>, so a rough root is enough: "melindungi" marks "perlindungan"."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

_WORD = re.compile(r"\w+", re.UNICODE)
_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe")
_PREFIXES += ("ber", "be", "ter", "te", "di", "ke", "se")
_SUFFIXES = ("kannya", "annya", "nya", "kan", "lah", "kah", "an", "i")
_MIN_ROOT = 4
EXCERPT_LENGTH = 220


def _strip_suffix(word):
    suffix = next((s for s in _SUFFIXES if word.endswith(s)), "")
    return word[: -len(suffix)] if suffix and len(word) - len(suffix) >= _MIN_ROOT else word


def _strip_prefix(word):
    # Only the longest matching prefix counts: "perbai" keeps "per", never loses just "pe".
    prefix = next((p for p in _PREFIXES if word.startswith(p)), "")
    return word[len(prefix) :] if prefix and len(word) - len(prefix) >= _MIN_ROOT else word


def rough_root(word):
    # Two prefix passes cover stacked prefixes such as di-per- (diperbaiki).
    return _strip_prefix(_strip_prefix(_strip_suffix(word.lower())))


def query_roots(query):
    return {rough_root(word) for word in _WORD.findall(query) if len(word) > 1}


def _matches(word, roots):
    lowered = word.lower()
    root_of_word = rough_root(lowered)
    return any(
        lowered.startswith(root) or root_of_word.startswith(root) or root.startswith(root_of_word)
        for root in roots
    )


def highlight_excerpt(text, query, length=EXCERPT_LENGTH):
    """A window of `text` around the first matched word, HTML-escaped, matches in <mark>."""
    text = " ".join((text or "").split())
    roots = query_roots(query)
    words = list(_WORD.finditer(text))
    first = next((m for m in words if roots and _matches(m.group(), roots)), None)
    start = 0
    if first and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    window = text[start : start + length]
    if start + length < len(text):
        window = window[: window.rfind(" ")] if " " in window else window
    pieces, position = [], 0
    for match in _WORD.finditer(window):
        if roots and _matches(match.group(), roots):
            pieces.append(escape(window[position : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    pieces.append(escape(window[position:]))
    prefix = "… " if start else ""
    suffix = " …" if start + len(window) < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)
