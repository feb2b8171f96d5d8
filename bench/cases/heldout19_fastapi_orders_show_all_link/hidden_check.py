from fastapi.testclient import TestClient

from backoffice.api import app
from backoffice.orders import find
from backoffice.paging import ALL, MAX_PER_PAGE, paginate

client = TestClient(app)


def test_show_all_lists_every_filtered_order_on_one_page() -> None:
    response = client.get("/orders?status=paid&page=1&per_page=0")
    assert response.status_code == 200
    data = response.json()
    paid = find(status="paid")
    assert len(paid) > 20
    assert data["total"] == len(paid)
    assert data["page"] == 1
    assert data["pages"] == 1
    assert [o["id"] for o in data["orders"]] == [o.id for o in paid]
    assert data["links"]["next"] is None
    assert data["links"]["all"] == "/orders?status=paid&page=1&per_page=0"


def test_show_all_of_everything_goes_past_max_per_page() -> None:
    data = client.get("/orders", params={"per_page": 0}).json()
    assert data["total"] == 72
    assert data["pages"] == 1
    assert len(data["orders"]) == 72 > MAX_PER_PAGE


def test_paginate_all() -> None:
    page = paginate(list(range(7)), 1, ALL)
    assert (page.items, page.page, page.pages, page.total) == (list(range(7)), 1, 1, 7)
    empty = paginate([], 1, ALL)
    assert (empty.items, empty.pages, empty.total) == ([], 1, 0)
