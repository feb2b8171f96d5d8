import pytest

from issuesearch.query import Query, parse, unparse
from issuesearch.search import Issue, matches, run_saved, search

ISSUES = [
    Issue(1, "Login page slow", "Takes 8s on mobile", "closed", ["perf"], "ana"),
    Issue(2, "Crash on export", "CSV export of filtered list crashes", "open", ["bug", "crash"], "bo", "2.0"),
    Issue(3, "Reset link expired", "The password reset link expires after 5 minutes", "open", ["bug"], None),
    Issue(4, "Dark mode", "Please add a dark mode", "open", ["feature"], "ana", "2.1"),
    Issue(5, "Login fails with SSO", "Reset link sent but login still fails", "open", ["bug", "blocker"], "ana", "2.0"),
]


def test_parse_filters() -> None:
    assert parse("status:open label:bug label:Crash") == Query(
        filters={"status": ["open"], "label": ["bug", "crash"]}
    )


def test_unparse_round_trip() -> None:
    query = Query(filters={"milestone": ["2.0"], "label": ["good first issue"]})
    assert unparse(query) == "milestone:2.0 label:'good first issue'"
    assert parse(unparse(query)) == query


def test_words_match_title_or_body() -> None:
    query = Query(words=["reset link"])
    assert matches(ISSUES[2], query)
    assert matches(ISSUES[4], query)
    assert not matches(ISSUES[0], query)


def test_filtered_search_newest_first() -> None:
    assert [i.number for i in search(ISSUES, "status:open label:bug")] == [5, 3, 2]


def test_assignee_me() -> None:
    assert [i.number for i in search(ISSUES, "assignee:me status:open", me="ana")] == [5, 4]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("My open issues", [5, 4]), ("Open bugs", [5, 3, 2]), ("Release 2.0 blockers", [5, 2])],
)
def test_saved_searches(name: str, expected: list[int]) -> None:
    assert [i.number for i in run_saved(ISSUES, name, me="ana")] == expected
