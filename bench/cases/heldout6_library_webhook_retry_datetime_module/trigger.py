"""The worker's first attempt at a delivery times out; it records the failure."""

from outbox.deliveries import new_delivery, record_failure

delivery = new_delivery("https://hooks.partner.example/orders", b'{"order": 5521, "event": "paid"}')
record_failure(delivery)
