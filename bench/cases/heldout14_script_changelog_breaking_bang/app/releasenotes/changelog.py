"""Release notes from commit subjects, run by the release job:

    git log --format=%s v2.3.0..HEAD | python -m releasenotes.changelog 2.4.0

Subjects follow Conventional Commits (the commit-msg hook refuses any other, except the
merge and revert subjects git writes itself): ``type(scope)!: description``. The scope
is optional. A ``!`` right before the colon marks a breaking change: it is listed under
"Breaking changes", the first section, whatever its type. Types without a section here
(chore, ci, docs, test, ...) are left out of the notes, and so are merges and reverts.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

SUBJECT = re.compile(r"^(?P<type>[a-z]+)(?:\((?P<scope>[^()]+)\))?: (?P<description>.+)$")

#: Section key -> heading, in the order the sections appear in the notes.
SECTIONS = {
    "breaking": "Breaking changes",
    "feat": "Features",
    "fix": "Fixes",
    "perf": "Performance",
}


@dataclass(frozen=True)
class Entry:
    section: str
    scope: str | None
    description: str

    def line(self) -> str:
        prefix = f"**{self.scope}:** " if self.scope else ""
        return f"- {prefix}{self.description}"


def parse(subject: str) -> Entry | None:
    """The entry a commit subject makes in the notes, None for one left out."""
    if subject.startswith(("Merge ", 'Revert "')):
        return None
    match = SUBJECT.match(subject)
    kind = match.group("type")
    if kind not in SECTIONS:
        return None
    return Entry(kind, match.group("scope"), match.group("description").strip())


def render(version: str, subjects: Iterable[str]) -> str:
    entries = [e for e in (parse(s.strip()) for s in subjects if s.strip()) if e is not None]
    out = [f"## {version}", ""]
    for key, heading in SECTIONS.items():
        lines = [e.line() for e in entries if e.section == key]
        if lines:
            out += [f"### {heading}", "", *lines, ""]
    if not entries:
        out += ["No user-facing changes.", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None, stdin: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="releasenotes.changelog")
    parser.add_argument("version")
    args = parser.parse_args(argv)
    sys.stdout.write(render(args.version, (stdin or sys.stdin).read().splitlines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
