from issuesearch.query import Query, parse, unparse
from issuesearch.search import Issue, search

ISSUES = [
    Issue(1, "Login page slow", "Takes 8s on mobile", "closed", ["perf"], "ana"),
    Issue(2, "Crash on export", "CSV export of filtered list crashes", "open", ["bug", "crash"], "bo", "2.0"),
    Issue(3, "Reset link expired", "The password reset link expires after 5 minutes", "open", ["bug"], None),
    Issue(4, "Dark mode", "Please add a dark mode", "open", ["feature"], "ana", "2.1"),
    Issue(5, "Login fails with SSO", "Reset link sent but login still fails", "open", ["bug", "blocker"], "ana", "2.0"),
    Issue(6, "Export button", "Nothing happens when clicking it", "closed", ["bug"], "bo"),
]


def _numbers(text: str, me: str | None = None) -> list[int]:
    return [i.number for i in search(ISSUES, text, me)]


def test_free_text_with_a_filter() -> None:
    assert _numbers("login status:open") == [5]
    assert _numbers("status:open login") == [5]


def test_free_text_alone_searches_title_and_body() -> None:
    assert _numbers("login") == [5, 1]
    assert _numbers("export") == [6, 2]
    assert _numbers("crashes") == [2]


def test_every_word_must_match_and_phrases_stay_whole() -> None:
    assert _numbers('login "reset link"') == [5]
    assert _numbers("reset minutes") == [3]
    assert _numbers('"link sent"') == [5]
    assert _numbers("login dark") == []


def test_parse_keeps_the_words() -> None:
    query = parse('"reset link" label:bug login')
    assert query.filters == {"label": ["bug"]}
    assert sorted(query.words) == ["login", "reset link"]
    assert parse(unparse(query)).filters == query.filters
    assert sorted(parse(unparse(query)).words) == ["login", "reset link"]


def test_words_are_case_insensitive() -> None:
    assert _numbers("LOGIN Status:Open", me="ana") == [5]
    assert parse("Export").words == ["export"]
    assert parse("label:bug") == Query(filters={"label": ["bug"]})
