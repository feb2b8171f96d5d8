"""A customer picks "all events" on the dashboard for their new endpoint; the next
order paid is published to the relay."""

from hookrelay import create_app, subscriptions

subscriptions.add("https://shop.example.com/hooks", ["order.paid", "order.refunded"])
client = create_app().test_client()
client.post("/subscriptions", json={"url": "https://audit.example.org/webhooks"})
client.post("/events", json={"id": "evt_1001", "type": "order.paid", "data": {"order": 77}})
