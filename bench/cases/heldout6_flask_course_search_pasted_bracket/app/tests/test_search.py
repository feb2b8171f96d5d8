from courses.web import app


def test_search_by_word() -> None:
    response = app.test_client().get("/courses?q=python")
    assert [c["code"] for c in response.get_json()["courses"]] == ["PY101", "CPP201"]


def test_list_by_level() -> None:
    response = app.test_client().get("/courses?level=advanced")
    assert response.get_json() == {"courses": [{"code": "NET300", "title": "Networking 2.0: IPv6 in practice"}]}
