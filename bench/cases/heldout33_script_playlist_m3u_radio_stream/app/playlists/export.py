"""python -m playlists.export PLAYLIST.json [OUT.m3u8]

Writes the playlist as extended M3U (UTF-8) next to the export, or to OUT.m3u8.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playlists import library, m3u


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or len(args) > 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    source = Path(args[0])
    target = Path(args[1]) if len(args) == 2 else source.with_suffix(".m3u8")
    playlist = library.load(source)
    target.write_text(m3u.render(playlist), encoding="utf-8")
    print(
        f"{playlist.name}: {len(playlist.tracks)} entries, "
        f"{library.format_runtime(library.runtime(playlist))} -> {target}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
