import pytest
from flask.testing import FlaskClient

from catalogue import create_app


@pytest.fixture
def client() -> FlaskClient:
    return create_app({"TESTING": True}).test_client()


def test_first_page(client: FlaskClient) -> None:
    body = client.get("/books?page=1").get_json()
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (1, 10, 23, 3)
    assert body["items"][0]["title"] == "A Wizard of Earthsea"
    assert len(body["items"]) == 10


def test_last_page_is_short(client: FlaskClient) -> None:
    body = client.get("/books?page=3").get_json()
    assert [b["title"] for b in body["items"]] == ["The Road", "The Way of Kings", "To Kill a Mockingbird"]


def test_page_size(client: FlaskClient) -> None:
    body = client.get("/books?page=2&per_page=5").get_json()
    assert body["pages"] == 5
    assert [b["title"] for b in body["items"]] == [
        "Frankenstein",
        "Hyperion",
        "Never Let Me Go",
        "Nineteen Eighty-Four",
        "One Hundred Years of Solitude",
    ]


def test_page_size_is_capped(client: FlaskClient) -> None:
    assert client.get("/books?page=1&per_page=500").get_json()["per_page"] == 50


def test_author_filter(client: FlaskClient) -> None:
    body = client.get("/books?page=1&author=le%20guin").get_json()
    assert body["total"] == 3
    assert [b["year"] for b in body["items"]] == [1968, 1974, 1969]


def test_book(client: FlaskClient) -> None:
    assert client.get("/books/9780441013593").get_json()["title"] == "Dune"
    assert client.get("/books/0000000000000").status_code == 404
