"""Uploaded CSV files, as customers send them.

Most tools send UTF-8, some with a byte-order mark. Excel on Windows, unless told
otherwise, saves "CSV (comma delimited)" in Windows-1252, so an uploaded file that is not
valid UTF-8 is read as Windows-1252.
"""

from __future__ import annotations

import csv
import io

UPLOAD_ENCODINGS = ("utf-8-sig", "cp1252")


def decode_upload(raw: bytes) -> str:
    """``raw`` as text, in the first of :data:`UPLOAD_ENCODINGS` that decodes it."""
    for encoding in UPLOAD_ENCODINGS[:-1]:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode(UPLOAD_ENCODINGS[-1], errors="replace")


def csv_rows(text: str) -> list[dict[str, str]]:
    """Rows of a CSV with a header line; Excel in some locales separates with ';'."""
    header = text.partition("\n")[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
