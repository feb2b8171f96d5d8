"""Which archive folder each photo belongs in."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from photosort.manifest import Photo

EXIF_FORMAT = "%Y:%m:%d %H:%M:%S"

#: Folder for photos whose camera recorded no date: a blank DateTimeOriginal, or the
#: all-zero placeholder ("0000:00:00 00:00:00") cameras write while their clock is unset.
UNDATED_FOLDER = "undated"


def folder_for(taken: str) -> str:
    """``YYYY/MM`` of an EXIF DateTimeOriginal; UNDATED_FOLDER for a photo without a date."""
    stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
    return f"{stamp:%Y}/{stamp:%m}"


def plan(photos: list[Photo]) -> list[tuple[str, str]]:
    """``(filename, destination)`` for every photo of the import, in manifest order."""
    return [(photo.filename, f"{folder_for(photo.taken)}/{photo.filename}") for photo in photos]


def summary(moves: list[tuple[str, str]]) -> Counter[str]:
    """How many photos go into each folder."""
    return Counter(destination.rsplit("/", 1)[0] for _, destination in moves)
