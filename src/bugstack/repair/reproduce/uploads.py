"""A file upload, sent again from what the event kept of it.

sentry-sdk never records an uploaded file's bytes: a multipart request's file field comes
as an empty value (annotated as removed raw data). The views it went through often
captured the upload object itself, whose repr keeps the file's name and type:
``<FileStorage: 'IMG_2291' ('image/jpeg')>`` (Flask), ``<InMemoryUploadedFile: IMG_2291
(image/jpeg)>`` (Django), ``UploadFile(filename='IMG_2291', size=18, headers=...)``
(Starlette). Many upload crashes are about exactly those (a name without an extension, a
type that is not allowed), so the request is sent again as multipart with that name and
type and a few placeholder bytes in place of the content, and the text fields as they came.

Nothing is guessed about which field held which file: the body must have exactly one empty
field and the frames exactly one upload repr. A crash about the content itself (an image
that does not decode) will not happen again with placeholder bytes; the reproduction check
then says so, and the engine declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bugstack.domain import CrashSite

__all__ = ["PLACEHOLDER_BYTES", "Upload", "uploaded_file"]

#: What the re-sent file holds: its real bytes were never captured.
PLACEHOLDER_BYTES = b"placeholder: the uploaded file's bytes were not captured\n"

_REPRS = (
    re.compile(r"^<FileStorage: '(?P<name>[^']*)' \('(?P<type>[^']*)'\)>$"),
    re.compile(r"^<(?:InMemory|Temporary)UploadedFile: (?P<name>.*) \((?P<type>[^()]*)\)>$"),
    re.compile(r"^UploadFile\(filename='(?P<name>[^']*)', size=\d+, "
               r"headers=Headers\(.*'content-type': '(?P<type>[^']*)'.*\)\)$"),
)


@dataclass(frozen=True)
class Upload:
    """One file field of a multipart request, and the text fields sent with it."""

    field: str
    filename: str
    content_type: str
    fields: dict[str, str]


def _captured_uploads(site: CrashSite) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for frame in site.frames:
        for value in frame.frame.vars.values():
            if not isinstance(value, str):
                continue
            for pattern in _REPRS:
                match = pattern.match(value.strip())
                if match:
                    found.add((match["name"], match["type"]))
    return found


def uploaded_file(site: CrashSite, content_type: str, body: Any) -> Upload | None:
    """The one file a multipart request carried, as far as the event tells; None when the
    body was another kind or does not say which field held which file."""
    if content_type and "multipart/form-data" not in content_type.lower():
        return None  # no header at all is common (Django's events): the upload object tells
    if not isinstance(body, dict):
        return None
    empty = [key for key, value in body.items() if value in ("", None)]
    uploads = _captured_uploads(site)
    if len(empty) != 1 or len(uploads) != 1:
        return None
    if not all(isinstance(v, str) for k, v in body.items() if k != empty[0]):
        return None
    (filename, kind), = uploads
    fields = {str(k): str(v) for k, v in body.items() if k != empty[0]}
    return Upload(str(empty[0]), filename, kind, fields)
