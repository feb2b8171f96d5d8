"""Running a search over the issues, and the saved searches in the sidebar."""

from __future__ import annotations

from dataclasses import dataclass, field

from issuesearch.query import Query, parse


@dataclass
class Issue:
    number: int
    title: str
    body: str = ""
    status: str = "open"
    labels: list[str] = field(default_factory=list)
    assignee: str | None = None
    milestone: str | None = None


def _values(issue: Issue, name: str, me: str | None) -> set[str]:
    if name == "label":
        return {label.lower() for label in issue.labels}
    value = getattr(issue, name)
    return {value.lower()} if value else set()


def matches(issue: Issue, query: Query, me: str | None = None) -> bool:
    """``assignee:me`` stands for the signed-in user ``me``."""
    for name, wanted in query.filters.items():
        accepted = {me.lower() if (name == "assignee" and v == "me" and me) else v for v in wanted}
        if not accepted & _values(issue, name, me):
            return False
    haystack = f"{issue.title}\n{issue.body}".lower()
    return all(word in haystack for word in query.words)


def search(issues: list[Issue], text: str, me: str | None = None) -> list[Issue]:
    """The issues matching ``text``, newest (highest number) first."""
    query = parse(text)
    return sorted((i for i in issues if matches(i, query, me)), key=lambda i: -i.number)


#: The sidebar's saved searches, as stored (see query.unparse).
SAVED: dict[str, str] = {
    "My open issues": "assignee:me status:open",
    "Open bugs": "status:open label:bug",
    "Release 2.0 blockers": "milestone:2.0 label:blocker label:crash",
}


def run_saved(issues: list[Issue], name: str, me: str | None = None) -> list[Issue]:
    return search(issues, SAVED[name], me)
