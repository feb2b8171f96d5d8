from todo.web import ITEMS, app

client = app.test_client()


def test_create() -> None:
    response = client.post("/items", json={"title": "Buy milk", "note": "oat"})
    assert response.status_code == 201
    assert ITEMS[-1] == {"title": "Buy milk", "note": "oat"}


def test_title_required() -> None:
    assert client.post("/items", json={"note": "x"}).status_code == 400
