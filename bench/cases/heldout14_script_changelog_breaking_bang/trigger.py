"""The release job builds the notes for 3.0.0, the release that drops the v1 API."""

import io

from releasenotes.changelog import main

log = """\
feat(api)!: remove the v1 endpoints
feat(export): CSV export of invoices
fix: keep the sidebar open after saving
Merge branch 'release/3.0'
chore(deps): bump django from 5.2.1 to 5.2.2
"""
main(["3.0.0"], stdin=io.StringIO(log))
