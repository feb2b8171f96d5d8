"""The result for a person (a Rich report with the diff) and for a program (JSON)."""

from __future__ import annotations

import json

from rich.console import Console, Group
from rich.panel import Panel
from rich.syntax import Syntax
from rich.text import Text

from bugstack.domain import FixProposal, FixStatus

__all__ = ["print_report", "to_json_text"]

_HEADLINES = {
    FixStatus.FIXED: ("Verified fix found", "green"),
    FixStatus.UNVERIFIED: ("A fix was considered but not verified; nothing to apply", "yellow"),
    FixStatus.NOT_FIXED: ("Reproduced, but no candidate fix held", "red"),
    FixStatus.NOT_REPRODUCED: ("The error could not be reproduced", "red"),
}


def to_json_text(proposal: FixProposal, warnings: list[str] | None = None) -> str:
    data = proposal.to_json()
    if warnings:
        data["warnings"] = warnings
    return json.dumps(data, indent=2)


def _suite(checks: dict[str, object], key: str) -> str:
    value = checks.get(key)
    if not isinstance(value, dict):
        return "not run"
    return f"{value.get('passed')} passed, {value.get('failed')} failed"


def print_report(proposal: FixProposal, console: Console, warnings: list[str] | None = None,
                 written: bool = False) -> None:
    headline, colour = _HEADLINES[proposal.status]
    parts: list[object] = [Text(proposal.explanation)]
    checks = proposal.checks
    facts = [
        f"strategy: {proposal.strategy or '-'}",
        f"candidates tried: {proposal.candidates_tried}",
        f"reproduced before the fix: {'yes' if checks.get('reproduced') else 'no'}",
        f"suite before: {_suite(checks, 'suite_before')}",
        f"suite after: {_suite(checks, 'suite_after')}",
        f"regression test: fails before ({checks.get('regression_test_before', '-')}), "
        f"passes after ({checks.get('regression_test_after', '-')})",
        f"took {proposal.seconds:.1f}s",
    ]
    parts.append(Text("\n" + "\n".join(facts), style="dim"))
    for warning in warnings or []:
        parts.append(Text(f"warning: {warning}", style="yellow"))
    console.print(Panel(Group(*parts), title=headline, border_style=colour))  # type: ignore[arg-type]
    if proposal.patch:
        console.print(Syntax(proposal.patch, "diff", word_wrap=True))
    if proposal.regression_test and proposal.regression_test_path:
        console.print(Text(f"regression test: {proposal.regression_test_path}", style="bold"))
        console.print(Syntax(proposal.regression_test, "python"))
    if proposal.status is FixStatus.FIXED:
        console.print("Applied to the working tree." if written
                      else "Run again with --write to apply it to the working tree.")
