import io

import pytest

from releasenotes.changelog import main, parse, render

LOG = """\
feat(export): CSV export of invoices
fix: keep the sidebar open after saving
Merge branch 'feature/dark-mode'
chore(deps): bump django from 5.2.1 to 5.2.2
feat: dark mode
perf(search): cache the facet counts
docs: explain the export columns
Revert "feat: auto-save drafts"
"""


def test_render_sections_in_order() -> None:
    assert render("2.4.0", LOG.splitlines()) == (
        "## 2.4.0\n\n"
        "### Features\n\n"
        "- **export:** CSV export of invoices\n"
        "- dark mode\n\n"
        "### Fixes\n\n"
        "- keep the sidebar open after saving\n\n"
        "### Performance\n\n"
        "- **search:** cache the facet counts\n"
    )


def test_nothing_user_facing() -> None:
    assert render("2.3.1", ["chore: tidy", "ci: cache pip"]) == "## 2.3.1\n\nNo user-facing changes.\n"


def test_parse_leaves_out_merges() -> None:
    assert parse("Merge pull request #41 from ann/fix-typo") is None


def test_main_reads_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["2.4.0"], stdin=io.StringIO("fix(auth): refresh expired tokens\n")) == 0
    assert "- **auth:** refresh expired tokens" in capsys.readouterr().out
