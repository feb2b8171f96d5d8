import json

import pytest

from shop import create_app, orders, webhooks


@pytest.fixture(autouse=True)
def fresh() -> None:
    orders.reset()
    webhooks.OUTBOX.clear()


def test_show_order() -> None:
    response = create_app().test_client().get("/orders/1")
    assert response.get_json() == {
        "id": 1, "customer": "ada@example.com", "total": "12.50", "currency": "EUR", "status": "open",
    }


def test_unknown_order() -> None:
    assert create_app().test_client().get("/orders/7").status_code == 404


def test_refund_queues_a_notice_in_cents() -> None:
    response = create_app().test_client().post("/orders/2/refund", data={"amount": "10.05"})
    assert response.get_json()["refunded"] == "10.05"
    assert json.loads(webhooks.OUTBOX[-1]) == {
        "event": "order.refunded", "order_id": 2, "amount_cents": 1005, "currency": "EUR",
    }


def test_cannot_pay_twice() -> None:
    assert create_app().test_client().post("/orders/2/pay").status_code == 409
