"""``python -m zoneaudit db.example.com [...]``: one report per zone file; exit 1 on findings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from zoneaudit.rules import audit
from zoneaudit.zonefile import parse


def zone_name(path: Path) -> str:
    """``db.example.com`` and ``example.com.zone`` both hold ``example.com.``."""
    name = path.name.removeprefix("db.").removesuffix(".zone")
    return name + "."


def main(argv: Sequence[str] | None = None, out=None) -> int:
    out = out or sys.stdout
    parser = argparse.ArgumentParser(prog="zoneaudit")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    total = 0
    for path in args.files:
        zone = parse(path.read_text(encoding="utf-8"), zone_name(path))
        findings = audit(zone)
        total += len(findings)
        ttl = "none" if zone.default_ttl is None else str(zone.default_ttl)
        print(f"{zone.origin} ({len(zone.records)} records, default TTL {ttl})", file=out)
        for finding in findings:
            print(f"  {finding}", file=out)
    print(f"{total} finding(s)", file=out)
    return 1 if total else 0
