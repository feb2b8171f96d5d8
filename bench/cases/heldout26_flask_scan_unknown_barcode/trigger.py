"""At the north gate a steward scans a ticket bought from a resale site: its barcode was never issued."""

from doorscan.web import create_app

create_app().test_client().post(
    "/events/7/scan", json={"barcode": "EV7-4F2A-0917"}, headers={"X-Gate": "north"}
)
