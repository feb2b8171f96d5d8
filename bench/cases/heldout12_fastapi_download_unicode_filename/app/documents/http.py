"""HTTP helpers shared by the endpoints."""

from __future__ import annotations

from urllib.parse import quote


def content_disposition(filename: str) -> str:
    """The ``Content-Disposition`` value that makes a browser save the body as ``filename``.

    Header values travel as Latin-1, so the name is sent twice (RFC 6266): an ASCII
    fallback in ``filename`` for old clients, and the exact name, UTF-8 and
    percent-encoded, in ``filename*``, which every current browser prefers.
    """
    fallback = filename.encode("ascii", "replace").decode("ascii").replace('"', "'")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"
