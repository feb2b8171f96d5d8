from todo.web import ITEMS, app

client = app.test_client()


def test_note_defaults_to_empty_string() -> None:
    response = client.post("/items", json={"title": "Call the plumber"})
    assert response.status_code == 201
    assert response.get_json() == {"title": "Call the plumber", "note": ""}
    assert ITEMS[-1] == {"title": "Call the plumber", "note": ""}


def test_title_still_required() -> None:
    assert client.post("/items", json={}).status_code == 400
