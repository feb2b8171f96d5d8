from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from ledger.api import app
from ledger.cursors import BadCursor, decode_cursor, encode_cursor
from ledger.store import ORDERS, Order

client = TestClient(app)


@pytest.fixture(autouse=True)
def orders() -> None:
    ORDERS.clear()
    ORDERS.extend(Order(id, f"customer-{id}", Decimal("9.90")) for id in range(1001, 1016))


def test_first_page() -> None:
    body = client.get("/orders").json()
    assert [o["id"] for o in body["orders"]] == list(range(1001, 1011))
    assert body["orders"][0] == {"id": 1001, "customer": "customer-1001", "total": "9.90"}
    assert body["next"] is not None


def test_single_page_has_no_next() -> None:
    del ORDERS[5:]
    assert client.get("/orders").json()["next"] is None


def test_cursor_round_trip() -> None:
    assert decode_cursor(encode_cursor(42)) == 42
    assert "=" not in encode_cursor(42)


def test_cursor_of_something_else_is_refused() -> None:
    with pytest.raises(BadCursor):
        decode_cursor(encode_cursor(42).swapcase())


def test_garbage_cursor_is_a_400() -> None:
    assert client.get("/orders", params={"cursor": "bm90LWpzb24h"}).status_code == 400
