"""Versioned user-preference documents.

Preferences are kept as JSON documents, one per user. Each document records the schema
it was written with in ``schema_version``; :func:`upgrade` brings an older document to
``CURRENT_VERSION`` one step at a time, so no code ever reads an old shape.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]

CURRENT_VERSION = 3

#: Documents saved by prefstore 1.x carry no ``schema_version`` at all: the field came
#: in with the first migration. Such a document is in the version 1 shape.
UNVERSIONED = 1


def _v1_to_v2(doc: Document) -> Document:
    """2.0 moved the flat e-mail switches into a ``notifications`` mapping."""
    doc["notifications"] = {
        "newsletter": bool(doc.pop("newsletter", False)),
        "digest": bool(doc.pop("weekly_digest", False)),
    }
    return doc


def _v2_to_v3(doc: Document) -> Document:
    """3.0 renamed the free-text ``tz`` to ``timezone`` (UTC when it was never set) and
    turned the digest switch into a frequency."""
    doc["timezone"] = doc.pop("tz", None) or "UTC"
    notifications = doc["notifications"]
    notifications["digest"] = "weekly" if notifications["digest"] else "never"
    return doc


#: Each step takes a document of the key's version to the next version.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {1: _v1_to_v2, 2: _v2_to_v3}


def upgrade(doc: Document) -> Document:
    """A copy of ``doc`` in the current shape; a current document comes back as it is."""
    doc = copy.deepcopy(doc)
    version = doc["schema_version"]
    if version > CURRENT_VERSION:
        raise ValueError(f"preferences written by a newer prefstore (schema {version})")
    while version < CURRENT_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    doc["schema_version"] = version
    return doc
