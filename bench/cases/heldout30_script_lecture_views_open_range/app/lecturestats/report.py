"""``python -m lecturestats.report LOG CATALOGUE --out views.csv``: the weekly view counts.

A student "viewed" a recording when their requests fetched at least VIEW_FRACTION of
its bytes this week, however many requests that took.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from lecturestats.catalogue import Recording, load_catalogue
from lecturestats.downloads import Download, bytes_fetched, read_log

VIEW_FRACTION = 0.5


def count_views(
    downloads: Iterable[Download], catalogue: dict[str, Recording]
) -> dict[str, tuple[int, int]]:
    """Per recording path: (views, bytes served). Paths not in the catalogue are ignored."""
    fetched: dict[tuple[str, str], int] = defaultdict(int)
    for download in downloads:
        recording = catalogue.get(download.path)
        if recording is None:
            continue
        fetched[(download.path, download.client)] += bytes_fetched(download.range, recording.size)
    counts = {path: (0, 0) for path in catalogue}
    for (path, _client), total in fetched.items():
        views, served = counts[path]
        seen = min(total, catalogue[path].size) >= VIEW_FRACTION * catalogue[path].size
        counts[path] = (views + seen, served + total)
    return counts


def write_report(
    out: Path, catalogue: dict[str, Recording], counts: dict[str, tuple[int, int]]
) -> None:
    ordered = sorted(catalogue.values(), key=lambda r: (r.course, r.title))
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["course", "title", "views", "megabytes"])
        for recording in ordered:
            views, served = counts[recording.path]
            writer.writerow([recording.course, recording.title, views, f"{served / 1e6:.1f}"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("log", type=Path)
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("--out", type=Path, default=Path("views.csv"))
    args = parser.parse_args(argv)
    catalogue = load_catalogue(args.catalogue)
    with args.log.open(encoding="utf-8") as lines:
        counts = count_views(read_log(lines), catalogue)
    write_report(args.out, catalogue, counts)
    print(f"{sum(v for v, _ in counts.values())} views of {len(catalogue)} recordings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
