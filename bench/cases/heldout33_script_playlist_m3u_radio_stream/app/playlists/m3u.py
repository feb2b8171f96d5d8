"""Extended M3U, as media players read it.

The file starts with ``#EXTM3U``; each entry is an ``#EXTINF:<seconds>,<name>`` line
followed by the entry's location. Seconds are whole seconds; an entry with no length
(an internet radio stream) gets UNKNOWN_LENGTH, which players show as a live stream.
"""

from __future__ import annotations

from playlists.library import Playlist, Track

HEADER = "#EXTM3U"
#: What #EXTINF says for an entry of no known length.
UNKNOWN_LENGTH = -1


def extinf(track: Track) -> str:
    seconds = round(track.duration)
    return f"#EXTINF:{seconds},{track.display_name}"


def render(playlist: Playlist) -> str:
    lines = [HEADER, f"#PLAYLIST:{playlist.name}"]
    for track in playlist.tracks:
        lines.append(extinf(track))
        lines.append(track.location)
    return "\n".join(lines) + "\n"
