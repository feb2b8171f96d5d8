"""What each isolation level of the sandbox costs a run, against process limits only.

    .venv/bin/python bench/sandbox_overhead.py [--rounds 3] [--runs 5]

Times ``python -c "import pytest"`` (the start of every suite run the engine makes)
through ``run_sandboxed`` at each isolation level this machine allows, in interleaved
rounds so a noisy neighbour hurts every level alike, and prints each level's median and
its ratio to the ``limits`` level measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bugstack.repair.sandbox import Isolation, isolation_level, run_sandboxed
from bugstack.repair.sandbox.levels import CAP_VARIABLE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5, help="runs per level per round")
    args = parser.parse_args()
    levels = [level for level in Isolation if level.rank <= isolation_level().rank]
    seconds: dict[Isolation, list[float]] = {level: [] for level in levels}
    with tempfile.TemporaryDirectory() as workspace:
        for _ in range(args.rounds):
            for level in levels:
                os.environ[CAP_VARIABLE] = str(level)
                for _ in range(args.runs):
                    started = time.monotonic()
                    result = run_sandboxed([sys.executable, "-c", "import pytest"],
                                           Path(workspace))
                    if not result.ok or result.isolation is not level:
                        sys.exit(f"{level}: the run failed: {result.stderr[-500:]}")
                    seconds[level].append(time.monotonic() - started)
    baseline = statistics.median(seconds[Isolation.LIMITS])
    for level in levels:
        median = statistics.median(seconds[level])
        print(f"{level!s:8} median {median:.3f} s  ratio to limits {median / baseline:.2f}")


if __name__ == "__main__":
    main()
