from decimal import Decimal

from fastapi.testclient import TestClient

from ledger.api import app
from ledger.cursors import decode_cursor, encode_cursor
from ledger.store import ORDERS, Order

client = TestClient(app)


def _orders() -> None:
    ORDERS.clear()
    ORDERS.extend(Order(id, f"customer-{id}", Decimal("9.90")) for id in range(1001, 1024))


def test_every_cursor_it_hands_out_is_taken_back() -> None:
    for after in (7, 42, 1010, 99999, 123456):
        assert decode_cursor(encode_cursor(after)) == after


def test_following_next_walks_every_page() -> None:
    _orders()
    seen: list[int] = []
    cursor = None
    for _ in range(5):
        response = client.get("/orders", params={} if cursor is None else {"cursor": cursor})
        assert response.status_code == 200
        body = response.json()
        seen += [o["id"] for o in body["orders"]]
        cursor = body["next"]
        if cursor is None:
            break
    assert seen == list(range(1001, 1024))


def test_production_cursor_gives_the_second_page() -> None:
    _orders()
    body = client.get("/orders", params={"cursor": "eyJhZnRlciI6MTAxMH0"}).json()
    assert [o["id"] for o in body["orders"]] == list(range(1011, 1021))


def test_garbage_is_still_a_400() -> None:
    _orders()
    assert client.get("/orders", params={"cursor": "bm90LWpzb24h"}).status_code == 400
    assert client.get("/orders", params={"cursor": "%%%"}).status_code == 400
