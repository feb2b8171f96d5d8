"""A stag party of ten tries to book the 20:00 slot online."""

from cafe.app import create_app

create_app().test_client().post(
    "/bookings", json={"name": "Dan's stag do", "party_size": 10, "slot": "20:00"}
)
