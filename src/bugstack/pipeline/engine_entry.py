"""The fix engine as a job runs it: ``bugstack fix --json --run-dir``'s contract, without
the CLI around it.

Loading the whole ``bugstack`` command (every command group and its libraries) costs a few
seconds of CPU before any work starts, which every job would pay. So the job runs this file
by path with ``python -P`` (no script directory on ``sys.path``, and the ``pipeline``
package is not imported), and only the engine's own modules load:

    python -P engine_entry.py --repo DIR --event FILE --run-dir DIR --budget S
                              [--test-command CMD] [--llm-config FILE]

It prints one JSON object, ``FixProposal.to_json()`` plus ``warnings``; exit status 0
with a result, 2 for input the engine refused (the reason on standard error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def main(argv: Sequence[str]) -> int:
    from bugstack.repair.pipeline import FixRequest, run_fix
    from bugstack.repair.workspace import WorkspaceError

    parser = argparse.ArgumentParser(prog="engine_entry")
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--event", type=Path, required=True)
    parser.add_argument("--run-dir", type=Path, required=True)
    parser.add_argument("--budget", type=float, default=900.0)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--test-command", default=None)
    # A retry after CI failed: what CI said (bugstack.deliver.ci_feedback.CiFeedback).
    parser.add_argument("--ci-feedback", type=Path, default=None)
    # The project's language model (bugstack.server.model_config): its candidates join the
    # others and go through the same verification.
    parser.add_argument("--llm-config", type=Path, default=None)
    args = parser.parse_args(argv)
    event = json.loads(args.event.read_text(encoding="utf-8"))
    request = FixRequest(repo=args.repo, event=event, test_command=args.test_command,
                         timeout=args.timeout, budget=args.budget, run_dir=args.run_dir)
    model, model_off = None, ""
    if args.llm_config is not None:
        from bugstack.repair.candidates import default_strategies
        from bugstack.server.model_config import strategy_from_config

        model, model_off = strategy_from_config(args.llm_config, default_strategies())
        if model is not None:
            request.strategies = [*default_strategies(), model]
    try:
        if args.ci_feedback is not None:
            from bugstack.deliver.ci_feedback import CiFeedback, run_fix_with_feedback

            run = run_fix_with_feedback(request, CiFeedback.load(args.ci_feedback))
        else:
            run = run_fix(request)
    except WorkspaceError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    if model is not None:
        from bugstack.repair.candidates.llm import record_transcript

        record_transcript(run.proposal, model, args.run_dir)
    elif model_off:
        run.proposal.checks["llm"] = {"exchanges": [], "stopped": [model_off], "tokens": 0,
                                      "requests": 0}
    data = run.proposal.to_json()
    if run.warnings:
        data["warnings"] = run.warnings
    sys.stdout.write(json.dumps(data) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
