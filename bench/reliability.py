"""Print the reliability figures: run ``tests/reliability`` and count what it tried.

    .venv/bin/python bench/reliability.py [-- extra pytest arguments]

Every test of the suite records its attempts (see ``tests/reliability/conftest.py``). This
command runs the suite with a fresh figures file, then prints, per kind of attempt, how many
were tried and how many were *not* held (events lost, faults not survived, inputs
mishandled, sandbox escapes, routes left open), followed by every measured figure.
It exits non-zero when the suite failed or anything was not held.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: What "not held" means for each kind, in the words of the report.
HEADINGS = {
    "load": ("load runs", "lost events or refused without a code"),
    "fault": ("faults injected", "not survived"),
    "hostile_input": ("hostile inputs", "mishandled"),
    "sandbox_escape": ("sandbox escapes tried", "succeeded"),
    "tenancy_route": ("routes checked for tenancy", "left open"),
}


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
            broken[kind].append(f"{line['name']} ({line['test']})")
    out = []
    for kind, (label, failure) in HEADINGS.items():
        out.append(f"{label:<30} {tried[kind]:>6}   {failure}: {len(broken[kind])}")
        out.extend(f"    NOT HELD: {what}" for what in broken[kind])
    if measures:
        out.append("")
        out.append("measured:")
        for measure in measures:
            out.append(f"  {measure['name']:<52} {measure['value']:>12,.1f} {measure['unit']}")
    return "\n".join(out), sum(len(v) for v in broken.values())


def main(argv: list[str]) -> int:
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "figures.jsonl"
        target.touch()
        env = {**os.environ, "BUGSTACK_RELIABILITY_FIGURES": str(target)}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                   "tests/reliability", *extra]
        suite = subprocess.run(command, cwd=ROOT, env=env, check=False)
        lines = [json.loads(line) for line in target.read_text().splitlines() if line]
    report, not_held = summarise(lines)
    print()
    print(report)
    print(f"\nsuite exit code: {suite.returncode}")
    return 1 if suite.returncode or not_held else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
