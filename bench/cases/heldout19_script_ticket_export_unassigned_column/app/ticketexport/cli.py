"""Export a filtered, sorted list of helpdesk tickets to CSV.

    python -m ticketexport tickets.json -o open.csv --where status=open \
        --fields id,subject,assignee.name,labels --sort=-priority

Run by cron every Monday for the triage meeting, and by hand by the support leads.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ticketexport.fields import keep, parse_where, resolve

DEFAULT_FIELDS = "id,subject,status,priority"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ticketexport", description=__doc__.splitlines()[0])
    p.add_argument("source", type=Path, help="the helpdesk's JSON dump (a list of tickets)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--fields", default=DEFAULT_FIELDS, help="comma-separated dotted paths")
    p.add_argument("--where", action="append", default=[], help="path=value; repeatable")
    p.add_argument("--sort", default="id", help="a path; prefix with - for descending")
    return p


def _sort_key(path: str):
    def key(ticket: dict[str, Any]) -> tuple[int, float | str]:
        cell = resolve(ticket, path)
        try:
            return (0, float(cell))
        except ValueError:
            return (1, cell.lower())

    return key


def export(tickets: list[dict[str, Any]], fields: list[str], where: list[tuple[str, str]],
           sort: str, output: Path) -> int:
    rows = [t for t in tickets if keep(t, where)]
    descending = sort.startswith("-")
    rows.sort(key=_sort_key(sort.lstrip("-")), reverse=descending)
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(fields)
        for ticket in rows:
            writer.writerow([resolve(ticket, path) for path in fields])
    return len(rows)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        where = parse_where(args.where)
    except ValueError as exc:
        print(f"ticketexport: {exc}", file=sys.stderr)
        return 2
    tickets = json.loads(args.source.read_text(encoding="utf-8"))
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    count = export(tickets, fields, where, args.sort, args.output)
    print(f"{count} tickets written to {args.output}")
    return 0
