"""A customer opens the tracking page from the "your order is packed" e-mail, before DPD
has collected the parcel."""

from fastapi.testclient import TestClient
from parcels.api import app

TestClient(app).get("/shipments/PX-102/tracking")
