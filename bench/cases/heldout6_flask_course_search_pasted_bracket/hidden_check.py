from courses.catalogue import Course, search
from courses.web import app


def test_pasted_fragment_finds_the_course() -> None:
    response = app.test_client().get("/courses", query_string={"q": "joins (and when"})
    assert response.status_code == 200
    assert response.get_json() == {"courses": [{"code": "SQL150", "title": "SQL: joins (and when not to)"}]}


def test_query_is_plain_text() -> None:
    assert [c.code for c in search("c++")] == ["CPP201"]
    assert [c.code for c in search("C#")] == ["CS110"]
    assert [c.code for c in search("not to)")] == ["SQL150"]
    assert [c.code for c in search("2.0")] == ["NET300"]
    assert [c.code for c in search("(and")] == ["SQL150"]
    assert search("n.t") == []
    assert search("PYTHON F") == [Course("PY101", "Python for beginners", "beginner")]
