"""A shop schedules its end-of-month sale text for 23:30 on 31 May."""

from fastapi.testclient import TestClient

from textline.api import app

TestClient(app).post(
    "/texts",
    json={"contact_id": 1, "body": "Last hours of the May sale: 30% off with MAY30", "send_at": "2024-05-31T23:30:00"},
)
