"""Reading the report a partner's CI uploads: the output of ``coverage json``.

    {"meta": {...}, "files": {"src/pkg/mod.py": {"summary": {"covered_lines": 40,
     "num_statements": 50, ...}}, ...}, "totals": {...}}
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

#: Leading directories that are not part of the package name.
SOURCE_ROOTS = ("src",)


def package_of(path: str) -> str:
    """The top-level package a file belongs to: src/billing/api.py -> billing."""
    parts = [p for p in Path(path).parts[:-1] if p not in SOURCE_ROOTS]
    return parts[0] if parts else "<root>"


def load(path: Path) -> dict[str, tuple[int, int]]:
    """(covered, statements) per package, summed over its files."""
    data = json.loads(path.read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for filename, entry in data["files"].items():
        summary = entry["summary"]
        counts = totals[package_of(filename)]
        counts[0] += summary["covered_lines"]
        counts[1] += summary["num_statements"]
    return {package: (c, s) for package, (c, s) in totals.items()}


def percent(covered: int, statements: int) -> float:
    """Percentage of statements covered, to one decimal place.

    As coverage.py does, code with no statements at all counts as fully covered
    (100.0): there is nothing in it left untested.
    """
    return round(100 * covered / statements, 1)
