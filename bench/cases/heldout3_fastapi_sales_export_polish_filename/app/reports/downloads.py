"""Responses the browser saves as a file.

HTTP header values are Latin-1, so a file name outside it (a Polish city, a Czech
customer, a Japanese shop) cannot go into ``filename="..."`` as it is. :func:`attachment`
writes the header as RFC 6266 says: an ASCII fallback in ``filename`` for old clients, and
the real name, percent-encoded UTF-8, in ``filename*``, which every current browser uses.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote


def attachment(filename: str) -> str:
    """A ``Content-Disposition`` value that saves the body as ``filename``."""
    decomposed = unicodedata.normalize("NFKD", filename)
    fallback = decomposed.encode("ascii", "ignore").decode("ascii").replace('"', "").replace("\\", "")
    return f"attachment; filename=\"{fallback or 'download'}\"; filename*=UTF-8''{quote(filename, safe='')}"
