"""Reading a playlist as the music app exports it (JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Track:
    artist: str
    title: str
    #: A file path or, for internet radio, a stream URL.
    location: str
    #: Length in seconds; None for internet radio streams, which have no end.
    duration: float | None

    @property
    def display_name(self) -> str:
        return f"{self.artist} - {self.title}" if self.artist else self.title


@dataclass(frozen=True)
class Playlist:
    name: str
    tracks: list[Track]


def load(path: Path) -> Playlist:
    data = json.loads(path.read_text(encoding="utf-8"))
    tracks = [
        Track(
            artist=item.get("artist", ""),
            title=item["title"],
            location=item["location"],
            duration=item.get("duration"),
        )
        for item in data["tracks"]
    ]
    return Playlist(data["name"], tracks)


def runtime(playlist: Playlist) -> float:
    """Total seconds of the tracks that have a length (streams count for nothing)."""
    return sum(t.duration for t in playlist.tracks if t.duration is not None)


def format_runtime(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
