import csv
import io

import pytest
from fastapi.testclient import TestClient

from events import store
from events.api import app


@pytest.fixture(autouse=True)
def registered() -> None:
    store.reset(
        store.Attendee("Ada Lovelace", "ada@example.com", "speaker"),
        store.Attendee("Łukasz Nowak", "lukasz@example.pl", "standard"),
        store.Attendee("Zoë Brontë", "zoe@example.com", "standard"),
        store.Attendee("Nguyễn Văn An", "an@example.vn", "speaker"),
    )


def test_export_keeps_every_name_intact() -> None:
    response = TestClient(app).get("/attendees.csv")
    assert response.status_code == 200
    assert "utf-8" in response.headers["content-type"].lower()
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["name", "email", "ticket"]
    assert sorted(rows[1:]) == [
        ["Ada Lovelace", "ada@example.com", "speaker"],
        ["Nguyễn Văn An", "an@example.vn", "speaker"],
        ["Zoë Brontë", "zoe@example.com", "standard"],
        ["Łukasz Nowak", "lukasz@example.pl", "standard"],
    ]
