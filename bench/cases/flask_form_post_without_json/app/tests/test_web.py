from signup.web import SUBSCRIBERS, app

client = app.test_client()


def test_subscribe_and_unsubscribe() -> None:
    assert client.post("/subscribe", json={"email": " Ada@Example.com"}).status_code == 201
    assert "ada@example.com" in SUBSCRIBERS
    assert client.post("/unsubscribe", json={"email": "ada@example.com"}).get_json() == {
        "unsubscribed": "ada@example.com"
    }


def test_invalid_email() -> None:
    assert client.post("/subscribe", json={"email": "nope"}).status_code == 400


def test_unsubscribe_needs_json() -> None:
    assert client.post("/unsubscribe", data="email=x").status_code == 400
