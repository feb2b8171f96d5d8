import pytest

from helpdesk.articles import ARTICLES
from helpdesk.search import ELLIPSIS, SNIPPET_CHARS, search
from helpdesk.web import create_app


@pytest.fixture()
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def _body(slug: str) -> str:
    return next(a.body for a in ARTICLES if a.slug == slug)


def test_title_only_match_shows_the_start_of_the_body(client) -> None:
    response = client.get("/help/search?q=refund")
    assert response.status_code == 200
    data = response.get_json()
    assert data["total"] == 2
    refunds, damaged = data["results"]
    assert refunds["url"] == "/help/refunds"
    assert refunds["snippet"] == _body("refunds")[:SNIPPET_CHARS].strip() + ELLIPSIS
    assert damaged["url"] == "/help/damaged-parcel"
    assert "arrange a refund" in damaged["snippet"]


def test_title_only_match_in_a_section(client) -> None:
    data = client.get("/help/search?q=Damaged&section=returns").get_json()
    assert [r["url"] for r in data["results"]] == ["/help/damaged-parcel"]
    assert data["results"][0]["snippet"] == _body("damaged-parcel")[:SNIPPET_CHARS].strip() + ELLIPSIS


def test_short_body_matched_on_title_is_shown_whole() -> None:
    hits = search(ARTICLES, "support line")
    assert [h.article.slug for h in hits] == ["opening-hours"]
    assert hits[0].snippet == "Mon-Fri, 8am to 6pm."
