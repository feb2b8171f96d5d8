"""The manifest the card reader's exporter writes: one row per photo, with the EXIF
DateTimeOriginal exactly as the camera recorded it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Photo:
    filename: str
    camera: str
    taken: str


def read_manifest(path: Path) -> list[Photo]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [Photo(row["filename"], row["camera"], row["taken"]) for row in csv.DictReader(handle)]
