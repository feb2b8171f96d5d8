import pytest
from flask.testing import FlaskClient

from catalogue import create_app


@pytest.fixture
def client() -> FlaskClient:
    return create_app({"TESTING": True}).test_client()


def test_without_page_is_the_first_page(client: FlaskClient) -> None:
    response = client.get("/books")
    assert response.status_code == 200
    body = response.get_json()
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (1, 10, 23, 3)
    assert body == client.get("/books?page=1").get_json()
    assert [b["title"] for b in body["items"]][:3] == [
        "A Wizard of Earthsea",
        "Beloved",
        "Brave New World",
    ]


def test_author_search_without_page(client: FlaskClient) -> None:
    body = client.get("/books?author=le%20guin").get_json()
    assert body["page"] == 1
    assert [b["title"] for b in body["items"]] == [
        "A Wizard of Earthsea",
        "The Dispossessed",
        "The Left Hand of Darkness",
    ]


def test_page_size_without_page(client: FlaskClient) -> None:
    body = client.get("/books?per_page=4").get_json()
    assert (body["page"], body["pages"]) == (1, 6)
    assert [b["title"] for b in body["items"]] == [
        "A Wizard of Earthsea",
        "Beloved",
        "Brave New World",
        "Crime and Punishment",
    ]


def test_explicit_pages_unchanged(client: FlaskClient) -> None:
    assert client.get("/books?page=3").get_json()["items"][-1]["title"] == "To Kill a Mockingbird"
