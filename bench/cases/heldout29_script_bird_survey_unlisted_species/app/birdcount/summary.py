"""Species totals of the garden bird survey.

    python -m birdcount.summary sightings.csv [more.csv ...]

Each CSV has the columns ``date,garden,code,count`` (one row per species per visit, as
the survey app exports them). The summary lists every species seen with its total,
highest first (ties alphabetically), then the grand total.

Codes that are not on the county checklist (a rarity, a new split, an escapee) are not
dropped: the recorder checks them by hand, so they are totalled under the code as
written, labelled with UNLISTED, and count towards the grand total.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from birdcount.checklist import lookup

#: How a code missing from the checklist appears in the summary.
UNLISTED = "{code} (unlisted)"


def species_totals(paths: list[Path]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for path in paths:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                species = lookup(row["code"])
                totals[species.name] += int(row["count"])
    return totals


def render(totals: Counter[str]) -> str:
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    lines = [f"{name:<24}{count:>6}" for name, count in ranked]
    lines.append(f"{'Total':<24}{sum(totals.values()):>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    print(render(species_totals([Path(a) for a in args])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
