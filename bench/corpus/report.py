"""The corpus's figures: the summary, the table, and the results file."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus.model import BENCH_DIR, CaseResult, Outcome
from corpus.process import git

__all__ = ["render_table", "summarise", "write_results"]

def summarise(results: Sequence[CaseResult]) -> dict[str, Any]:
    total = len(results)
    counts = {o.value: sum(1 for r in results if r.outcome is o) for o in Outcome}
    fixed = [r for r in results if r.outcome is Outcome.FIXED]
    times = [r.engine_seconds for r in fixed if r.engine_seconds is not None]
    budgets = [r.budget_seconds for r in fixed if r.budget_seconds is not None]
    median_time = statistics.median(times) if times else None
    median_budget = statistics.median(budgets) if budgets else None
    return {
        "cases": total,
        "counts": counts,
        "fixed_percent": round(100 * len(fixed) / total, 1) if total else 0.0,
        "wrong_fixes": counts[Outcome.WRONG_FIX.value],
        "median_seconds_to_fix": median_time,
        "median_budget_seconds": median_budget,
        "fixes_within_budget": sum(
            1
            for r in fixed
            if r.engine_seconds is not None
            and r.budget_seconds is not None
            and r.engine_seconds <= r.budget_seconds
        ),
        "aims": {
            "at_least_80_percent_fixed": total > 0 and len(fixed) >= 0.8 * total,
            "no_wrong_fix": counts[Outcome.WRONG_FIX.value] == 0,
            "median_within_budget": (
                median_time is not None
                and median_budget is not None
                and median_time <= median_budget
            ),
        },
    }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def render_table(results: Sequence[CaseResult], summary: dict[str, Any]) -> str:
    header = f"{'case':34} {'framework':9} {'error':24} {'outcome':18} {'fix s':>6} {'suite s':>7}"
    lines = [header, "-" * len(header)]
    for r in results:
        lines.append(
            f"{r.case[:34]:34} {r.framework[:9]:9} {r.error_type[:24]:24} "
            f"{r.outcome.value:18} {_fmt(r.engine_seconds):>6} {_fmt(r.suite_seconds):>7}"
        )
    lines.append("")
    counts = summary["counts"]
    lines.append(
        f"fixed {counts['fixed']}/{summary['cases']} ({summary['fixed_percent']}%), "
        f"wrong fixes {summary['wrong_fixes']}, declined {counts['declined']}, "
        f"engine errors {counts['engine_error']}, engine unavailable "
        f"{counts['engine_unavailable']}, case errors {counts['case_error']}"
    )
    lines.append(
        f"median time to a verified fix {_fmt(summary['median_seconds_to_fix'])} s "
        f"vs median budget (2 x suite + 5 s) {_fmt(summary['median_budget_seconds'])} s; "
        f"{summary['fixes_within_budget']} fixes within their own budget"
    )
    aims = summary["aims"]
    lines.append(
        "aims: " + ", ".join(f"{name} {'yes' if met else 'NO'}" for name, met in aims.items())
    )
    return "\n".join(lines)


def write_results(
    results: Sequence[CaseResult], summary: dict[str, Any], directory: Path, engine: Sequence[str]
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    path = directory / f"fix_corpus-{stamp}.json"
    document = {
        "engine": list(engine),
        # Figures only mean something next to the engine's version and the machine's load.
        "bugstack_commit": source_version(),
        "load_average": list(os.getloadavg()),
        "cpus": os.cpu_count(),
        "summary": summary,
        "results": [r.to_json() for r in results],
    }
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def source_version() -> str | None:
    """The commit of the bugstack checkout this script belongs to, ``+dirty`` if edited."""
    root = BENCH_DIR.parent
    try:
        commit = git(root, "rev-parse", "HEAD")
        dirty = git(root, "status", "--porcelain", "--untracked-files=no", "--", "src")
    except (OSError, RuntimeError):
        return None
    return commit + ("+dirty" if dirty else "")
