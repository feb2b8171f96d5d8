import json
from pathlib import Path

from remindjob.send_reminders import REMINDER_SUBJECT, main

EXPORT = {
    "generated": "2024-05-13T22:00:00",
    "practitioners": {"p1": {"name": "Dr Amara Osei"}},
    "patients": {
        "1001": {"name": "Noor Haddad", "email": "noor@example.org", "mobile": "07700 900123"},
        "1003": {"name": "Lena Vogt", "email": "Lena.Vogt@example.org"},
    },
    "appointments": [
        {"id": 51, "patient": "1001", "practitioner": "p1", "start": "2024-05-14T09:30:00", "status": "booked"},
        {"id": 55, "patient": "1003", "practitioner": "p1", "start": "2024-05-14T10:15:00", "status": "booked"},
        {"id": 56, "patient": "1003", "practitioner": "p1", "start": "2024-05-14T16:00:00", "status": "cancelled"},
    ],
}


def _run(tmp_path: Path) -> list[dict[str, str]]:
    source = tmp_path / "export.json"
    source.write_text(json.dumps(EXPORT), encoding="utf-8")
    outbox = tmp_path / "outbox.jsonl"
    assert main([str(source), "--outbox", str(outbox), "--date", "2024-05-14"]) == 0
    return [json.loads(line) for line in outbox.read_text(encoding="utf-8").splitlines()]


def test_patient_without_mobile_is_reminded_by_email(tmp_path: Path) -> None:
    sent = _run(tmp_path)
    assert len(sent) == 2
    assert sent[0] == {
        "channel": "sms",
        "to": "+447700900123",
        "body": "Hello Noor, a reminder of your appointment with Dr Amara Osei on Tue 14 May at 09:30. "
        "To cancel or move it, call 020 7946 0321.",
    }
    assert sent[1] == {
        "channel": "email",
        "to": "lena.vogt@example.org",
        "subject": REMINDER_SUBJECT,
        "body": "Hello Lena, a reminder of your appointment with Dr Amara Osei on Tue 14 May at 10:15. "
        "To cancel or move it, call 020 7946 0321.",
    }
