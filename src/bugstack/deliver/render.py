"""The words that go with a fix: its commit message and its pull request's body.

Both read the same facts from the ``FixProposal``. The fix engine's ``checks`` are read
leniently (see ``docs/delivery.md`` for the keys): a missing or oddly shaped entry is left
out of the text, never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bugstack.deliver.model import IssueRef
from bugstack.domain import FixProposal, FixStatus

__all__ = ["DiffStat", "commit_message", "diff_stat", "pull_request_body", "pull_request_title"]

#: A hidden marker that lets delivery recognise its own pull requests and comments.
MARKER = "<!-- bugstack -->"


@dataclass(frozen=True, slots=True)
class DiffStat:
    files: tuple[str, ...]
    added: int
    removed: int


def diff_stat(patch: str) -> DiffStat:
    files: list[str] = []
    added = removed = 0
    for line in patch.splitlines():
        if line.startswith("+++ "):
            path = line[4:].strip()
            if path != "/dev/null":
                files.append(path[2:] if path.startswith("b/") else path)
        elif line.startswith("--- "):
            continue
        elif line.startswith("+"):
            added += 1
        elif line.startswith("-"):
            removed += 1
    return DiffStat(tuple(files), added, removed)


def _fence(text: str, lang: str = "") -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}{lang}\n{text.rstrip()}\n{fence}"


def _one_line(text: str, limit: int = 72) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def pull_request_title(issue: IssueRef, proposal: FixProposal) -> str:
    where = f" in {issue.culprit}" if issue.culprit else ""
    return _one_line(f"Fix {issue.title}{where}", 120)


def commit_message(issue: IssueRef, proposal: FixProposal, attempt: int = 1) -> str:
    """Subject, then what failed, why, and what changed, for ``git log`` readers."""
    stat = diff_stat(proposal.patch)
    where = issue.location or issue.culprit or "an unknown place"
    lines = [
        _one_line(f"Fix {issue.title}"),
        "",
        f"What failed: {issue.title} at {where}.",
        "",
        f"Why: {proposal.explanation.strip() or 'see the pull request.'}",
        "",
        "What changed: "
        + (", ".join(stat.files) or "no source file")
        + f" (+{stat.added} -{stat.removed})"
        + (f" by the {proposal.strategy} strategy" if proposal.strategy else "")
        + (f", from error guide {proposal.guide_id}" if proposal.guide_id else "")
        + ".",
    ]
    if proposal.regression_test_path:
        lines.append(f"Regression test: {proposal.regression_test_path}.")
    if attempt > 1:
        lines += ["", f"Attempt {attempt}: the first one failed the project's CI."]
    lines += ["", f"Bugstack-Issue: {issue.link or issue.id}"]
    return "\n".join(lines) + "\n"


def _suite_line(label: str, counts: Any) -> str | None:
    if not isinstance(counts, Mapping):
        return None
    parts = [f"{counts[k]} {k}" for k in ("passed", "failed", "errors", "skipped")
             if isinstance(counts.get(k), int)]
    return f"| {label} | {', '.join(parts)} |" if parts else None


def _checks_section(checks: Mapping[str, Any]) -> list[str]:
    """The fix engine's own evidence: its ``regression_test_before``/``_after`` results,
    ``suite_before``/``suite_after`` counts and ``scenario`` (see ``repair.pipeline``)."""
    out: list[str] = []
    before, after = checks.get("regression_test_before"), checks.get("regression_test_after")
    if isinstance(before, str) or isinstance(after, str):
        out += ["### Reproduction", ""]
        if isinstance(checks.get("scenario"), str):
            out += [f"Scenario: {checks['scenario']}", ""]
        out += ["| regression test | result |", "|---|---|"]
        if isinstance(before, str):
            out.append(f"| before the fix | {before} |")
        if isinstance(after, str):
            out.append(f"| after the fix | {after} |")
        out.append("")
    labels = (("suite_before", "before the fix"), ("suite_after", "after the fix"))
    rows = [_suite_line(label, checks.get(key)) for key, label in labels]
    shown = [row for row in rows if row]
    if shown:
        out += ["### The project's test suite", "", "| | tests |", "|---|---|", *shown, ""]
    return out


def pull_request_body(
    issue: IssueRef,
    proposal: FixProposal,
    *,
    guide_url: str | None = None,
    attempt: int = 1,
    previous_failure: str | None = None,
) -> str:
    stat = diff_stat(proposal.patch)
    where = issue.location or issue.culprit
    lines = [MARKER]
    if proposal.status is not FixStatus.FIXED:
        lines += [
            "> **Not verified.** bugstack could not confirm that this change fixes the error "
            "without breaking the suite. Review it as a suggestion, not a fix.",
            "",
        ]
    lines += ["## The error", "", _fence(issue.title)]
    if where:
        lines += ["", f"It happened at `{where}`."]
    lines += ["", "## Root cause", "", proposal.explanation.strip() or "_Not explained._", ""]
    lines += ["## The change", ""]
    files = ", ".join(f"`{f}`" for f in stat.files) or "no source file"
    lines.append(f"{files}: +{stat.added} -{stat.removed} lines.")
    why_minimal = (
        f"It is the smallest of the {proposal.candidates_tried} candidates tried that made the "
        "reproduction pass without a new failure in the suite."
        if proposal.candidates_tried > 1
        else "It is the only candidate that made the reproduction pass without a new failure."
    )
    if proposal.status is FixStatus.FIXED:
        lines += ["", why_minimal]
    if proposal.strategy:
        lines += ["", f"Strategy: `{proposal.strategy}`."]
    if proposal.guide_id:
        guide = f"[{proposal.guide_id}]({guide_url})" if guide_url else f"`{proposal.guide_id}`"
        lines += ["", f"It follows the error guide {guide}."]
    if proposal.regression_test_path:
        lines += ["", f"The regression test is `{proposal.regression_test_path}`: it fails "
                  "before the change and passes after it."]
    lines.append("")
    lines += _checks_section(proposal.checks)
    if attempt > 1:
        lines += [f"## Attempt {attempt}", "",
                  "The first attempt failed the project's CI; this one was made knowing why."]
        if previous_failure:
            lines += ["", "<details><summary>What failed</summary>", "",
                      _fence(previous_failure[-3000:]), "", "</details>"]
        lines.append("")
    if issue.link:
        lines.append(f"Issue in bugstack: {issue.link}")
    else:
        lines.append(f"bugstack issue #{issue.id}")
    return "\n".join(lines) + "\n"
