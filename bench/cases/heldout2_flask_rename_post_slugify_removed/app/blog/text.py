"""Text helpers shared by the blog's views and its importer."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 60


def make_slug(title: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """URL slug of ``title``: accents stripped, lowercase ASCII words joined by '-',
    cut at a word boundary to at most ``max_length`` characters.

    Called ``slugify`` before 2.0; renamed so as not to clash with the Jinja filter.
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or "post"


def excerpt(body: str, words: int = 30) -> str:
    parts = body.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
