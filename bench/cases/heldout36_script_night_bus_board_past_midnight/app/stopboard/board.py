"""The departure board for one stop, one line per departure in the order the buses leave.

    python -m stopboard.board FEED_DIR STOP_ID [--limit N]

Run by the nightly cron for every stop screen, after the new feed is unpacked; the
screen shows the whole service day, late-night buses included.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from stopboard.gtfs import Departure, clock, read_departures


def board_lines(departures: Sequence[Departure], limit: int | None = None) -> list[str]:
    ordered = sorted(departures, key=lambda d: (d.minutes, d.route))
    if limit is not None:
        ordered = ordered[:limit]
    return [f"{clock(d.minutes)}  {d.route:<4} {d.headsign}" for d in ordered]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="stopboard", description=__doc__.splitlines()[0])
    parser.add_argument("feed", type=Path, help="directory of the unpacked GTFS feed")
    parser.add_argument("stop", help="stop_id of the screen's stop")
    parser.add_argument("--limit", type=int, default=None, help="show only the first N")
    args = parser.parse_args(argv)
    lines = board_lines(read_departures(args.feed, args.stop), args.limit)
    if not lines:
        print(f"no departures from {args.stop}")
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
