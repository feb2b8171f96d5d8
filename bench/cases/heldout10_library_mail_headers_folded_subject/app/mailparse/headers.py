"""The header block of a raw e-mail, as bounces and replies come back to us."""

from __future__ import annotations


def parse_headers(raw: str) -> dict[str, str]:
    """Header name (lower-cased) -> value, up to the first blank line.

    Folded headers are unfolded: a line starting with a space or a tab continues the
    previous header (RFC 5322 section 2.2.3) and is joined to it with a single space.
    A header given twice keeps its last value.
    """
    headers: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip():
            break
        name, value = line.split(":", 1)
        headers[name.strip().lower()] = value.strip()
    return headers


def bounce_reference(raw: str) -> str | None:
    """The order number our outgoing mail put in X-Order-Ref, if the bounce kept it."""
    return parse_headers(raw).get("x-order-ref")
