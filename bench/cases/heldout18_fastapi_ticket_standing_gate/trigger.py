"""Doors open for the first concert with the standing floor: the scanners fetch the entry list."""

from fastapi.testclient import TestClient

from arena.api import app

TestClient(app).get("/events/214/entry-list")
