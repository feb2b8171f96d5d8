"""A colleague in Zurich downloads the Q3 report; its title has an em dash."""

from fastapi.testclient import TestClient

from documents.api import app

TestClient(app).get("/documents/2/download")
