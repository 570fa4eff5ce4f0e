"""Find English left on admin screens: words that Wagtail's English messages use and
that no Indonesian text on the site (translations, Django's catalogue, content) uses."""

import re
from functools import cache
from pathlib import Path

import django
import wagtail

WORD = re.compile(r"[A-Za-z]{3,}")
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[^}]*\}|<[^>]+>")
# Names and codes that are the same in both languages.
NEUTRAL = {"wagtail", "django", "url", "html", "csv", "xlsx", "json", "api", "svg", "webp", "avif"}


def _catalogue_texts(root, locale, field):
    import polib

    texts = []
    for path in Path(root).rglob(f"locale/{locale}/LC_MESSAGES/*.po"):
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            if field == "msgid":
                texts += [entry.msgid, entry.msgid_plural or ""]
            else:
                texts += [entry.msgstr, *entry.msgstr_plural.values()]
    return texts


def _words(texts):
    return {word.lower() for text in texts for word in WORD.findall(PLACEHOLDER.sub(" ", text))}


@cache
def english_only_words(project_dir):
    wagtail_dir = Path(wagtail.__file__).parent
    english = _words(_catalogue_texts(wagtail_dir, "en", "msgid"))
    indonesian = _words(
        _catalogue_texts(wagtail_dir, "id_ID", "msgstr")
        + _catalogue_texts(Path(django.__file__).parent, "id", "msgstr")
        + _catalogue_texts(project_dir, "id", "msgstr")
    )
    return frozenset(english - indonesian - NEUTRAL)


def english_segments(segments, project_dir):
    """The segments (lines of visible text, labels, placeholders) that read as English."""
    vocabulary = english_only_words(Path(project_dir))
    flagged = []
    for segment in segments:
        words = [word.lower() for word in WORD.findall(segment)]
        english = [word for word in words if word in vocabulary]
        if english and len(english) * 2 >= len(words):
            flagged.append(segment)
    return flagged
