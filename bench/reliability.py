"""Print the reliability figures: run ``tests/reliability`` and count what it tried.

    .venv/bin/python bench/reliability.py [-- extra pytest arguments]
    .venv/bin/python bench/reliability.py -- tests/reliability/test_load.py   # a part of it
    .venv/bin/python bench/reliability.py --from figures.jsonl   # reprint a past run

Every test of the suite records its attempts (see ``tests/reliability/conftest.py``). This
command runs the suite with a fresh figures file (kept with ``--keep FILE``), then prints,
per kind of attempt, how many were tried and how many were *not* held (events lost,
faults not survived, inputs mishandled, sandbox escapes, routes left open), followed by
every measured figure: events/s and p99 per backend, memory. Set
``BUGSTACK_TEST_POSTGRES_URL`` to include PostgreSQL. It exits non-zero when the suite
failed or anything was not held.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: How each kind is reported: the heading, and what "not held" means in its words.
HEADINGS = {
    "load": ("load runs held", "lost events or refused without a code"),
    "fault": ("faults survived", "not survived"),
    "hostile_input": ("hostile inputs tried", "mishandled"),
    "sandbox_escape": ("sandbox escapes tried", "succeeded"),
    "tenancy_route": ("routes checked for tenancy", "left open"),
}
#: Measures with this unit are counts of events answered 200 and then not found stored.
LOST_UNIT = "events lost"


def summarise(lines: list[dict[str, object]]) -> tuple[str, int]:
    tried: dict[str, int] = defaultdict(int)
    broken: dict[str, list[str]] = defaultdict(list)
    measures: list[dict[str, object]] = []
    for line in lines:
        if line["type"] == "measure":
            measures.append(line)
            continue
        kind = str(line["kind"])
        tried[kind] += 1
        if not line["held"]:
            broken[kind].append(f"{line['name']} ({line['test']}): {line.get('detail', '')}")
    lost = sum(float(str(m["value"])) for m in measures if m["unit"] == LOST_UNIT)
    out = []
    for kind, (label, failure) in HEADINGS.items():
        held = tried[kind] - len(broken[kind])
        count = f"{held} of {tried[kind]}" if kind in ("load", "fault") else str(tried[kind])
        line = f"{label:<28} {count:>10}   {failure}: {len(broken[kind])}"
        if kind == "load":
            line += f"; events lost: {lost:.0f}"
        out.append(line)
        out.extend(f"    NOT HELD: {what}" for what in broken[kind])
    figures = [m for m in measures if m["unit"] != LOST_UNIT]
    if figures:
        out.append("")
        out.append("measured:")
        for measure in sorted(figures, key=lambda m: str(m["name"])):
            out.append(f"  {measure['name']:<56} {float(str(measure['value'])):>10,.1f} "
                       f"{measure['unit']}")
    return "\n".join(out), sum(len(v) for v in broken.values()) + (lost > 0)


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line]


def main(argv: list[str]) -> int:
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    own = argv[: argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="source", type=Path,
                        help="print the figures of an earlier run's file; run nothing")
    parser.add_argument("--keep", type=Path, help="copy this run's figures file here")
    args = parser.parse_args(own)
    if args.source is not None:
        report, not_held = summarise(_read(args.source))
        print(report)
        return 1 if not_held else 0
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "figures.jsonl"
        target.touch()
        env = {**os.environ, "BUGSTACK_RELIABILITY_FIGURES": str(target)}
        # Test paths among the extra arguments narrow the run; otherwise the whole suite.
        paths = [] if any(a.startswith("tests/") for a in extra) else ["tests/reliability"]
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *paths,
                   *extra]
        suite = subprocess.run(command, cwd=ROOT, env=env, check=False)
        lines = _read(target)
        if args.keep is not None:
            shutil.copyfile(target, args.keep)
    report, not_held = summarise(lines)
    print()
    print(report)
    postgres = "on" if os.environ.get("BUGSTACK_TEST_POSTGRES_URL") else "off"
    print(f"\nsuite exit code: {suite.returncode} (PostgreSQL backend {postgres})")
    return 1 if suite.returncode or not_held else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
