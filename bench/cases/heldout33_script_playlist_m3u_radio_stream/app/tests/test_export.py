import json
from pathlib import Path

from playlists.export import main
from playlists.library import Playlist, Track, format_runtime, runtime
from playlists.m3u import render

SONGS = {
    "name": "Sunday morning",
    "tracks": [
        {"artist": "Nick Drake", "title": "Northern Sky", "location": "Music/Nick Drake/Northern Sky.flac", "duration": 226.4},
        {"title": "Field recording", "location": "Music/misc/birds.ogg", "duration": 91},
    ],
}


def test_render() -> None:
    playlist = Playlist("Mix", [Track("Björk", "Jóga", "Music/Björk/Jóga.mp3", 305.6)])
    assert render(playlist) == "#EXTM3U\n#PLAYLIST:Mix\n#EXTINF:306,Björk - Jóga\nMusic/Björk/Jóga.mp3\n"


def test_runtime_skips_streams() -> None:
    playlist = Playlist("x", [Track("a", "b", "b.mp3", 3600.0), Track("", "r", "http://r", None)])
    assert format_runtime(runtime(playlist)) == "1:00:00"


def test_export(tmp_path: Path, capsys) -> None:
    source = tmp_path / "sunday.json"
    source.write_text(json.dumps(SONGS), encoding="utf-8")
    assert main([str(source)]) == 0
    assert (tmp_path / "sunday.m3u8").read_text(encoding="utf-8").splitlines() == [
        "#EXTM3U",
        "#PLAYLIST:Sunday morning",
        "#EXTINF:226,Nick Drake - Northern Sky",
        "Music/Nick Drake/Northern Sky.flac",
        "#EXTINF:91,Field recording",
        "Music/misc/birds.ogg",
    ]
    assert "2 entries, 0:05:17" in capsys.readouterr().out


def test_usage() -> None:
    assert main([]) == 2
