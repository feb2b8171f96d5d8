import json
from pathlib import Path

from playlists.export import main
from playlists.library import Playlist, Track
from playlists.m3u import extinf, render


def test_stream_gets_unknown_length() -> None:
    stream = Track("Radio Paradise", "Main Mix", "https://stream.radioparadise.com/aac-320", None)
    assert extinf(stream) == "#EXTINF:-1,Radio Paradise - Main Mix"
    assert extinf(Track("", "Untitled", "x.mp3", 0.4)) == "#EXTINF:0,Untitled"


def test_export_with_a_stream(tmp_path: Path, capsys) -> None:
    source = tmp_path / "work.json"
    source.write_text(
        json.dumps(
            {
                "name": "Work radio",
                "tracks": [
                    {"artist": "Bonobo", "title": "Kerala", "location": "Music/Bonobo/Kerala.mp3", "duration": 245.2},
                    {"artist": "Radio Paradise", "title": "Main Mix", "location": "https://stream.radioparadise.com/aac-320", "duration": None},
                    {"title": "FIP", "location": "https://icecast.radiofrance.fr/fip-hifi.aac"},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert main([str(source), str(tmp_path / "out.m3u")]) == 0
    assert (tmp_path / "out.m3u").read_text(encoding="utf-8").splitlines() == [
        "#EXTM3U",
        "#PLAYLIST:Work radio",
        "#EXTINF:245,Bonobo - Kerala",
        "Music/Bonobo/Kerala.mp3",
        "#EXTINF:-1,Radio Paradise - Main Mix",
        "https://stream.radioparadise.com/aac-320",
        "#EXTINF:-1,FIP",
        "https://icecast.radiofrance.fr/fip-hifi.aac",
    ]
    assert "3 entries, 0:04:05" in capsys.readouterr().out


def test_songs_unchanged() -> None:
    assert render(Playlist("M", [Track("A", "B", "b.mp3", 59.5)])) == "#EXTM3U\n#PLAYLIST:M\n#EXTINF:60,A - B\nb.mp3\n"
