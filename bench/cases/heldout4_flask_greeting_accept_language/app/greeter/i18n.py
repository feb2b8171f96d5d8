"""Which of our languages a visitor gets, from the browser's Accept-Language header."""

from __future__ import annotations

SUPPORTED = ("en", "de", "fr", "pl")
DEFAULT_LANGUAGE = "en"


def parse_accept_language(header: str) -> list[tuple[str, float]]:
    """The language tags of an Accept-Language header with their weights, most wanted first.

    Each comma-separated part is a tag with an optional ``;q=`` weight; a part without a
    weight has weight 1.0 (RFC 9110, section 12.4.2). Parts whose weight is not a number
    are ignored. Equal weights keep the header's order.
    """
    wanted: list[tuple[str, float]] = []
    for part in header.split(","):
        part = part.strip()
        if not part:
            continue
        tag, weight = part.split(";q=")
        try:
            quality = float(weight)
        except ValueError:
            continue
        wanted.append((tag.strip().lower(), quality))
    return sorted(wanted, key=lambda item: -item[1])


def pick_language(header: str | None) -> str:
    """The first wanted language we support (``de-AT`` counts as ``de``), else DEFAULT_LANGUAGE."""
    if not header:
        return DEFAULT_LANGUAGE
    for tag, quality in parse_accept_language(header):
        base = tag.split("-")[0]
        if quality > 0 and base in SUPPORTED:
            return base
    return DEFAULT_LANGUAGE
