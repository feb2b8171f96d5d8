"""Morning fleet report: which sensors reported in overnight, per site.

    python -m fleet.report registry.csv heartbeats.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from fleet.registry import Registry

UNREGISTERED_HEADING = "Not in the registry:"


def read_heartbeats(path: Path) -> list[dict[str, str]]:
    """One JSON object per line: ``{"device": ..., "at": ...}``; blank lines are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def build_report(registry: Registry, heartbeats: Iterable[dict[str, str]]) -> str:
    """One line per site, sorted by name, with how many distinct devices reported in.

    Heartbeats from devices that are not in the registry are never dropped: their ids are
    listed, sorted, under UNREGISTERED_HEADING at the end of the report, so the operations
    team registers (or unplugs) them.
    """
    online: dict[str, set[str]] = defaultdict(set)
    unregistered: set[str] = set()
    for beat in heartbeats:
        device = registry.lookup(beat["device"])
        online[device.site].add(device.id)
    lines = [f"{site}: {len(online[site])} online" for site in sorted(online)]
    if unregistered:
        lines.append(UNREGISTERED_HEADING)
        lines.extend(f"  {device_id}" for device_id in sorted(unregistered))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    registry = Registry.from_csv(Path(args[0]))
    print(build_report(registry, read_heartbeats(Path(args[1]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
