from signup.web import SUBSCRIBERS, app

client = app.test_client()


def test_subscribe_without_json_is_400() -> None:
    response = client.post("/subscribe", data={"email": "grace@example.com"})
    assert response.status_code == 400
    assert response.get_json() == {"error": "a JSON body is required"}
    assert "grace@example.com" not in SUBSCRIBERS


def test_subscribe_unchanged() -> None:
    assert client.post("/subscribe", json={"email": "linus@example.com"}).status_code == 201
