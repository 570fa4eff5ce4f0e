"""Readers' search text as every search backend can take it."""


def clean_search_query(raw, max_length):
    """Drop control characters and double quotes (SQLite's FTS5 reads a stray quote as an
    unterminated phrase), collapse whitespace, and bound the length."""
    text = "".join(ch if ch.isprintable() and ch != '"' else " " for ch in raw or "")
    return " ".join(text.split())[:max_length]
