import json
from pathlib import Path

from reviewbot.codeowners import owners_of, parse
from reviewbot.report import main, reviewers

CODEOWNERS = """
# Default: the platform team looks at anything not covered below.
*               @acme/platform
web/            @acme/web
*.sql           @acme/data   @acme/platform
"""
TEAMS = {
    "@acme/platform": ["@ines", "@omar"],
    "@acme/web": ["@kai", "@lena"],
    "@acme/data": ["@ravi"],
}


def test_last_matching_rule_wins() -> None:
    rules = parse(CODEOWNERS)
    assert owners_of("web/app.js", rules) == ("@acme/web",)
    assert owners_of("web/schema.sql", rules) == ("@acme/data", "@acme/platform")
    assert owners_of("Makefile", rules) == ("@acme/platform",)


def test_reviewers_skip_the_author() -> None:
    rules = parse(CODEOWNERS)
    assert reviewers(["web/app.js", "README.md"], rules, TEAMS, author="@kai") == ["@ines", "@lena", "@omar"]


def test_main_prints_reviewers(tmp_path: Path, capsys) -> None:
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "CODEOWNERS").write_text(CODEOWNERS)
    (tmp_path / "teams.json").write_text(json.dumps(TEAMS))
    (tmp_path / "changed.txt").write_text("db/migrate.sql\n")
    assert main([str(tmp_path / "changed.txt"), "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "@ines\n@omar\n@ravi\n"
