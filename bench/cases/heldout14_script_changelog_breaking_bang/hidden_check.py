from releasenotes.changelog import render

LOG = """\
feat(api)!: remove the v1 endpoints
feat(export): CSV export of invoices
fix!: dates in exports are now UTC
fix: keep the sidebar open after saving
Merge branch 'release/3.0'
chore(deps)!: require Python 3.12
chore(deps): bump django from 5.2.1 to 5.2.2
"""


def test_breaking_changes_come_first() -> None:
    assert render("3.0.0", LOG.splitlines()) == (
        "## 3.0.0\n\n"
        "### Breaking changes\n\n"
        "- **api:** remove the v1 endpoints\n"
        "- dates in exports are now UTC\n"
        "- **deps:** require Python 3.12\n\n"
        "### Features\n\n"
        "- **export:** CSV export of invoices\n\n"
        "### Fixes\n\n"
        "- keep the sidebar open after saving\n"
    )


def test_release_without_breaking_changes_is_unchanged() -> None:
    assert render("2.4.1", ["fix(auth): refresh expired tokens", "docs: typo"]) == (
        "## 2.4.1\n\n### Fixes\n\n- **auth:** refresh expired tokens\n"
    )
