from members.web import app

client = app.test_client()


def test_card_of_missing_member_is_404() -> None:
    assert client.get("/members/7/card").status_code == 404


def test_card_of_member_unchanged() -> None:
    assert client.get("/members/1/card").get_json() == {"title": "ADA", "subtitle": "London"}
