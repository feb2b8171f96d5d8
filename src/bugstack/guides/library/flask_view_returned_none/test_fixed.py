# mypy: disable-error-code="import-not-found"
from fixed import app


def test_subscribing_twice_is_not_an_error() -> None:
    app.testing = True
    client = app.test_client()
    first = client.post("/subscribe", data={"email": "Grace@example.com"})
    assert first.status_code == 201
    assert first.get_json() == {"subscribed": "grace@example.com"}
    again = client.post("/subscribe", data={"email": "grace@example.com"})
    assert again.status_code == 204
    assert again.data == b""
