from members.web import app

client = app.test_client()


def test_member() -> None:
    assert client.get("/members/1").get_json() == {"id": 1, "name": "Ada", "city": "London"}


def test_missing_member_is_404() -> None:
    assert client.get("/members/99").status_code == 404


def test_card() -> None:
    assert client.get("/members/2/card").get_json() == {"title": "GRACE", "subtitle": "Arlington"}
