from fastapi.testclient import TestClient

from backoffice.api import app
from backoffice.orders import find
from backoffice.paging import paginate

client = TestClient(app)


def test_first_page_of_everything() -> None:
    data = client.get("/orders").json()
    assert data["total"] == 72
    assert data["pages"] == 4
    assert len(data["orders"]) == 20
    assert data["orders"][0]["id"] == 1072
    assert data["links"]["next"] == "/orders?page=2&per_page=20"
    assert data["links"]["previous"] is None
    assert data["links"]["all"] == "/orders?page=1&per_page=0"


def test_filtered_last_page() -> None:
    data = client.get("/orders", params={"status": "shipped", "page": 3, "per_page": 10}).json()
    shipped = find(status="shipped")
    assert data["total"] == len(shipped) == 22
    assert [o["id"] for o in data["orders"]] == [o.id for o in shipped[20:]]
    assert data["links"]["next"] is None
    assert data["links"]["all"] == "/orders?status=shipped&page=1&per_page=0"


def test_customer_filter() -> None:
    data = client.get("/orders", params={"customer": "ada", "per_page": 50}).json()
    assert {o["customer"] for o in data["orders"]} == {"Ada"}


def test_page_past_the_end() -> None:
    assert client.get("/orders", params={"page": 9}).status_code == 404


def test_bad_filters() -> None:
    assert client.get("/orders", params={"status": "lost"}).status_code == 422
    assert client.get("/orders", params={"per_page": 500}).status_code == 422


def test_empty_list_has_one_page() -> None:
    page = paginate([], 1, 20)
    assert (page.items, page.pages, page.total) == ([], 1, 0)
