import pytest

from helpdesk.articles import ARTICLES
from helpdesk.search import ELLIPSIS, search, snippet
from helpdesk.web import create_app


@pytest.fixture()
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def test_snippet_centres_on_the_match() -> None:
    body = "a" * 100 + " courier " + "b" * 100
    text = snippet(body, "Courier")
    assert text.startswith(ELLIPSIS) and text.endswith(ELLIPSIS)
    assert "courier" in text
    assert len(text) <= 80 + 2


def test_short_body_is_not_cut() -> None:
    assert snippet("Mon-Fri, 8am to 6pm.", "6pm") == "Mon-Fri, 8am to 6pm."


def test_blank_query_finds_nothing() -> None:
    assert search(ARTICLES, "   ") == []


def test_search_in_body(client) -> None:
    response = client.get("/help/search?q=tracking")
    assert response.status_code == 200
    data = response.get_json()
    assert data["total"] == 1
    assert data["results"][0]["url"] == "/help/change-delivery-address"
    assert "tracking number" in data["results"][0]["snippet"]


def test_title_matches_come_first(client) -> None:
    data = client.get("/help/search?q=card").get_json()
    assert [r["url"] for r in data["results"]] == ["/help/gift-cards", "/help/refunds"]
    assert data["results"][0]["snippet"].startswith("Gift cards never expire.")


def test_search_narrowed_to_a_section(client) -> None:
    data = client.get("/help/search?q=parcel&section=orders").get_json()
    assert [r["url"] for r in data["results"]] == ["/help/change-delivery-address"]


def test_unknown_section(client) -> None:
    assert client.get("/help/search?q=parcel&section=blog").status_code == 404
