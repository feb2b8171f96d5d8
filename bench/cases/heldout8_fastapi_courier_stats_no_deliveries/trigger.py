"""The dispatch board loads the stats card of a courier who joined this week."""

from dispatch.api import app
from fastapi.testclient import TestClient

TestClient(app).get("/couriers/leo/stats")
