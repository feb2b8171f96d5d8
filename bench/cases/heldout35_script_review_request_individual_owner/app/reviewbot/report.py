"""Who to ask for a review of a pull request.

    python -m reviewbot.report CHANGED_FILES [--root REPO] [--author @name]

CHANGED_FILES lists the changed paths one a line (``git diff --name-only`` output); the
repository's ``.github/CODEOWNERS`` and the exported ``teams.json`` are read from REPO.
Prints the reviewers to request, one a line, sorted; the author is never asked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reviewbot.codeowners import Rule, owners_of, parse
from reviewbot.teams import Teams, load_teams, people


def reviewers(changed: list[str], rules: list[Rule], teams: Teams, author: str | None = None) -> list[str]:
    wanted: set[str] = set()
    for path in changed:
        wanted |= people(owners_of(path, rules), teams)
    wanted.discard(author or "")
    return sorted(wanted)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reviewbot.report")
    parser.add_argument("changed", type=Path)
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--author", default=None)
    options = parser.parse_args(argv)
    changed = [line.strip() for line in options.changed.read_text(encoding="utf-8").splitlines() if line.strip()]
    rules = parse((options.root / ".github" / "CODEOWNERS").read_text(encoding="utf-8"))
    teams = load_teams(options.root / "teams.json")
    for name in reviewers(changed, rules, teams, options.author):
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
