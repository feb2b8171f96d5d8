"""The recordings published this term, as the lecture-capture system exports them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Recording:
    path: str
    course: str
    title: str
    #: Size of the video file in bytes.
    size: int


def load_catalogue(path: Path) -> dict[str, Recording]:
    """Recordings by the path the media server serves them under."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    catalogue: dict[str, Recording] = {}
    for entry in entries:
        if int(entry["bytes"]) <= 0:
            continue  # still being encoded: not downloadable yet
        catalogue[entry["path"]] = Recording(
            entry["path"], entry["course"], entry["title"], int(entry["bytes"])
        )
    return catalogue
