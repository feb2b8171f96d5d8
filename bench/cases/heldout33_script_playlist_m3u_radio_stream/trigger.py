"""Cron exports the "Work radio" playlist, which has an internet radio station on it:
python -m playlists.export work.json"""

import json
import runpy
import sys
import tempfile
from pathlib import Path

folder = Path(tempfile.mkdtemp())
source = folder / "work.json"
source.write_text(
    json.dumps(
        {
            "name": "Work radio",
            "tracks": [
                {"artist": "Bonobo", "title": "Kerala", "location": "Music/Bonobo/Kerala.mp3", "duration": 245.2},
                {"artist": "Radio Paradise", "title": "Main Mix", "location": "https://stream.radioparadise.com/aac-320", "duration": None},
            ],
        }
    ),
    encoding="utf-8",
)
sys.argv = ["playlists.export", str(source)]
runpy.run_module("playlists.export", run_name="__main__")
