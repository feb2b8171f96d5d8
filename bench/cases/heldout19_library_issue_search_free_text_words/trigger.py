"""A developer types `login status:open` into the issue tracker's search box."""

from issuesearch.search import Issue, search

ISSUES = [
    Issue(1, "Login page slow", "Takes 8s on mobile", "closed", ["perf"], "ana"),
    Issue(5, "Login fails with SSO", "Reset link sent but login still fails", "open", ["bug"], "ana"),
]

search(ISSUES, "login status:open", me="ana")
