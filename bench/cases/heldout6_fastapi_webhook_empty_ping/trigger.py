"""Support re-enables the webhook in the carrier's dashboard; the carrier pings it."""

from fastapi.testclient import TestClient

from shipping_hooks.api import app

TestClient(app).post("/hooks/carrier", content=b"", headers={"User-Agent": "CarrierHooks/2.0"})
