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


def test_catch_all_subscriber_receives_every_event(client) -> None:
    created = client.post("/subscriptions", json={"url": "https://audit.example.org/webhooks"})
    assert created.status_code == 201
    assert created.get_json()["event_types"] is None

    paid = client.post("/events", json={"id": "evt_1", "type": "order.paid"})
    assert paid.status_code == 202
    assert paid.get_json() == {"event": "evt_1", "queued": 3}
    assert [d.url for d in outbox.pending()] == [
        "https://shop.example.com/hooks",
        "https://erp.example.com/in",
        "https://audit.example.org/webhooks",
    ]

    # A type no endpoint lists by name still reaches the catch-all endpoint.
    new_type = client.post("/events", json={"id": "evt_2", "type": "customer.created"})
    assert new_type.get_json() == {"event": "evt_2", "queued": 1}
    assert outbox.pending()[-1].url == "https://audit.example.org/webhooks"
    assert outbox.pending()[-1].event_id == "evt_2"


def test_inactive_catch_all_subscriber_gets_nothing(client) -> None:
    client.post("/subscriptions", json={"url": "https://audit.example.org/webhooks"})
    subscriptions.get(3).active = False
    assert client.post("/events", json={"id": "evt_3", "type": "order.refunded"}).get_json()["queued"] == 1
