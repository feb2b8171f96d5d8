"""The operator opens the details of last night's invoice export."""

from fastapi.testclient import TestClient

from exports.api import app

TestClient(app).get("/jobs/1")
