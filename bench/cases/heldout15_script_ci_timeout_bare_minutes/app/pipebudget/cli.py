"""pipebudget PIPELINE.toml [--budget 3h]

Prints each job's timeout and their sum, and exits 1 when the sum exceeds the runner's
budget (jobs run one after another on the shared runner).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from pipebudget.durations import format_duration, parse_duration

#: Timeout of a job that names none (the runner's own default).
DEFAULT_TIMEOUT = "1h"


def job_timeouts(pipeline: dict) -> dict[str, int]:
    """Seconds each job may run, in the order the file lists them."""
    return {
        name: parse_duration(str(job.get("timeout", DEFAULT_TIMEOUT)))
        for name, job in pipeline.get("jobs", {}).items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pipebudget")
    parser.add_argument("pipeline", type=Path)
    parser.add_argument("--budget", default="3h", help="the runner's time budget (default 3h)")
    args = parser.parse_args(argv)

    pipeline = tomllib.loads(args.pipeline.read_text(encoding="utf-8"))
    budget = parse_duration(args.budget)
    timeouts = job_timeouts(pipeline)
    width = max([len(name) for name in timeouts] + [5])
    for name, seconds in timeouts.items():
        print(f"{name:<{width}}  {format_duration(seconds):>8}")
    total = sum(timeouts.values())
    verdict = "ok" if total <= budget else "OVER BUDGET"
    print(f"{'total':<{width}}  {format_duration(total):>8}  (budget {format_duration(budget)}, {verdict})")
    if total > budget:
        print(f"pipebudget: {args.pipeline} needs {format_duration(total - budget)} more than the budget",
              file=sys.stderr)
        return 1
    return 0
