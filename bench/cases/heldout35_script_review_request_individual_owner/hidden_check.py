import json
from pathlib import Path

from reviewbot.codeowners import parse
from reviewbot.report import main, reviewers
from reviewbot.teams import people

CODEOWNERS = """
*          @acme/platform
web/       @acme/web
docs/      @dana
*.sql      @acme/data @ravi
"""
TEAMS = {
    "@acme/platform": ["@ines", "@omar"],
    "@acme/web": ["@kai", "@lena"],
    "@acme/data": ["@ravi", "@zoe"],
}


def test_a_single_user_owner_stands_for_themselves() -> None:
    assert people(("@dana",), TEAMS) == {"@dana"}
    assert people(("@acme/data", "@ravi"), TEAMS) == {"@ravi", "@zoe"}


def test_docs_change_asks_the_docs_owner() -> None:
    rules = parse(CODEOWNERS)
    assert reviewers(["web/app.js", "docs/getting-started.md"], rules, TEAMS) == ["@dana", "@kai", "@lena"]
    assert reviewers(["docs/faq.md"], rules, TEAMS, author="@dana") == []
    assert reviewers(["db/m.sql"], rules, TEAMS) == ["@ravi", "@zoe"]


def test_main_prints_the_individual_owner(tmp_path: Path, capsys) -> None:
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "CODEOWNERS").write_text(CODEOWNERS)
    (tmp_path / "teams.json").write_text(json.dumps(TEAMS))
    (tmp_path / "changed.txt").write_text("web/app.js\ndocs/getting-started.md\n")
    assert main([str(tmp_path / "changed.txt"), "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "@dana\n@kai\n@lena\n"
