"""Reading a CODEOWNERS file: which owners a changed path belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatch


@dataclass(frozen=True)
class Rule:
    pattern: str
    owners: tuple[str, ...]


def parse(text: str) -> list[Rule]:
    """One rule per line: a pattern, then its owners; blank lines and # comments skipped."""
    rules = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        pattern, *owners = line.split()
        rules.append(Rule(pattern, tuple(owners)))
    return rules


def _matches(pattern: str, path: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith("/"):
        return path.startswith(pattern.lstrip("/"))
    return fnmatch(path, pattern.lstrip("/"))


def owners_of(path: str, rules: list[Rule]) -> tuple[str, ...]:
    """The owners of ``path``: the last rule that matches wins, as on GitHub."""
    owners: tuple[str, ...] = ()
    for rule in rules:
        if _matches(rule.pattern, path):
            owners = rule.owners
    return owners
