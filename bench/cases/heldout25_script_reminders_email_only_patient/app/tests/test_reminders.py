import json
from pathlib import Path

import pytest

from remindjob import export
from remindjob.messages import normalise_mobile
from remindjob.send_reminders import cancellation_notice, main

EXPORT = {
    "generated": "2024-05-13T22:00:00",
    "practitioners": {"p1": {"name": "Dr Amara Osei"}, "p2": {"name": "Dr Felix Lindqvist"}},
    "patients": {
        "1001": {"name": "Noor Haddad", "email": "noor@example.org", "mobile": "07700 900123"},
        "1002": {"name": "Ivo Brandt", "email": "Ivo.Brandt@example.org", "mobile": "0044 7700 900456"},
    },
    "appointments": [
        {"id": 52, "patient": "1002", "practitioner": "p2", "start": "2024-05-14T11:00:00", "status": "booked"},
        {"id": 51, "patient": "1001", "practitioner": "p1", "start": "2024-05-14T09:30:00", "status": "booked"},
        {"id": 53, "patient": "1001", "practitioner": "p2", "start": "2024-05-14T15:00:00", "status": "cancelled"},
        {"id": 54, "patient": "1002", "practitioner": "p1", "start": "2024-05-15T10:00:00", "status": "booked"},
    ],
}


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(EXPORT), encoding="utf-8")
    return path


def test_normalise_mobile() -> None:
    assert normalise_mobile("07700 900123") == "+447700900123"
    assert normalise_mobile("0044 7700 900456") == "+447700900456"
    assert normalise_mobile("+33 6 12 34 56 78") == "+33612345678"


def test_booked_appointments_of_the_day_get_an_sms(export_file: Path, tmp_path: Path) -> None:
    outbox = tmp_path / "outbox.jsonl"
    assert main([str(export_file), "--outbox", str(outbox), "--date", "2024-05-14"]) == 0
    sent = [json.loads(line) for line in outbox.read_text(encoding="utf-8").splitlines()]
    assert [(m["channel"], m["to"]) for m in sent] == [("sms", "+447700900123"), ("sms", "+447700900456")]
    assert sent[0]["body"] == (
        "Hello Noor, a reminder of your appointment with Dr Amara Osei on Tue 14 May at 09:30. "
        "To cancel or move it, call 020 7946 0321."
    )


def test_cancellation_notice_goes_by_email(export_file: Path) -> None:
    appointment = export.load(export_file)[0]
    notice = cancellation_notice(appointment)
    assert notice["channel"] == "email"
    assert notice["to"] == "ivo.brandt@example.org"
