from catalog.paging import paginate
from catalog.web import app

client = app.test_client()


def test_paginate() -> None:
    page = paginate(list(range(5)), 2, page_size=2)
    assert (page.items, page.number, page.pages) == ([2, 3], 2, 3)


def test_search() -> None:
    body = client.get("/search?q=shirt").get_json()
    assert len(body["items"]) == 5 and body["pages"] == 1


def test_first_page_of_a_category() -> None:
    body = client.get("/categories/shirts").get_json()
    assert [p["sku"] for p in body["items"]] == ["T-1", "T-2"]
    assert body["pages"] == 3


def test_unknown_category() -> None:
    assert client.get("/categories/shoes").status_code == 404
