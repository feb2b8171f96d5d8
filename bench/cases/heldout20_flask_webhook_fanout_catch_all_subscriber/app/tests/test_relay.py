import json

import pytest

from hookrelay import create_app, outbox, subscriptions


@pytest.fixture
def client():
    subscriptions.reset()
    outbox.reset()
    subscriptions.add("https://shop.example.com/hooks", ["order.paid", "order.refunded"])
    subscriptions.add("https://erp.example.com/in", ["order.paid"])
    app = create_app()
    app.testing = True
    return app.test_client()


def test_event_is_fanned_out_to_interested_subscribers(client) -> None:
    response = client.post("/events", json={"id": "evt_1", "type": "order.paid", "data": {"order": 41}})
    assert response.status_code == 202
    assert response.get_json() == {"event": "evt_1", "queued": 2}
    assert [d.url for d in outbox.pending()] == ["https://shop.example.com/hooks", "https://erp.example.com/in"]
    assert json.loads(outbox.pending()[0].body)["data"] == {"order": 41}


def test_event_nobody_wants(client) -> None:
    assert client.post("/events", json={"id": "evt_2", "type": "order.refunded"}).get_json()["queued"] == 1
    assert client.post("/events", json={"id": "evt_3", "type": "customer.created"}).get_json()["queued"] == 0


def test_event_without_type(client) -> None:
    assert client.post("/events", json={"id": "evt_4"}).status_code == 400


def test_inactive_subscription_gets_nothing(client) -> None:
    subscriptions.get(2).active = False
    assert client.post("/events", json={"id": "evt_5", "type": "order.paid"}).get_json()["queued"] == 1


def test_register_subscription(client) -> None:
    response = client.post("/subscriptions", json={"url": "https://crm.example.com/h", "event_types": ["order.paid"]})
    assert response.status_code == 201
    assert response.get_json()["id"] == 3
    assert client.post("/subscriptions", json={"url": "http://insecure.example.com"}).status_code == 400
    assert len(client.get("/subscriptions").get_json()) == 3
