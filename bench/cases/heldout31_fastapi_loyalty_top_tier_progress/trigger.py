"""A frequent flyer opens the app after booking the team's conference trip on the card."""

from fastapi.testclient import TestClient
from loyalty import store
from loyalty.api import app

store.add_member(4107, "Marguerite Okafor", 18_450)
client = TestClient(app)
client.post("/members/4107/purchases", json={"amount": "2380.00"})
client.get("/members/4107/progress")
