import json
from decimal import Decimal

import pytest

from shop import create_app, orders, webhooks


@pytest.fixture(autouse=True)
def fresh() -> None:
    orders.reset()
    webhooks.OUTBOX.clear()


def test_paying_queues_the_notice_in_integer_cents() -> None:
    response = create_app().test_client().post("/orders/1/pay")
    assert response.status_code == 200
    assert response.get_json()["status"] == "paid"
    notice = json.loads(webhooks.OUTBOX[-1])
    assert notice == {"event": "order.paid", "order_id": 1, "amount_cents": 1250, "currency": "EUR"}
    assert type(notice["amount_cents"]) is int


def test_odd_cents_stay_exact() -> None:
    orders.get(1).total = Decimal("19.99")
    create_app().test_client().post("/orders/1/pay")
    notice = json.loads(webhooks.OUTBOX[-1])
    assert notice["amount_cents"] == 1999
    assert type(notice["amount_cents"]) is int
