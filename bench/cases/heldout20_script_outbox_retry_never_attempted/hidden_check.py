from datetime import datetime, timezone
from pathlib import Path

from relay import outbox
from relay.retry import run
from relay.schedule import due, next_attempt_at

NOW = datetime(2024, 5, 2, 12, 0, tzinfo=timezone.utc)


def delivery(id: str, queued_at: str, *attempts: str) -> dict:
    return {"id": id, "url": f"https://hooks.example.com/{id}", "body": {"event": id},
            "queued_at": queued_at, "attempts": list(attempts), "status": "pending"}


def test_never_tried_delivery_is_due_at_its_queued_time() -> None:
    fresh = delivery("fresh", "2024-05-02T11:59:30+00:00")
    assert next_attempt_at(fresh) == datetime(2024, 5, 2, 11, 59, 30, tzinfo=timezone.utc)


def test_never_tried_deliveries_are_sent_oldest_first(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox.write(path, [
        delivery("retry", "2024-05-02T11:00:00+00:00", "2024-05-02T11:00:05+00:00"),
        delivery("fresh", "2024-05-02T11:59:30+00:00"),
        delivery("older", "2024-05-02T10:30:00+00:00"),
        delivery("later", "2024-05-02T12:05:00+00:00"),
    ])
    assert [d["id"] for d in due(outbox.read(path), NOW)] == ["older", "retry", "fresh"]

    sent: list[str] = []
    counts = run(path, NOW, lambda url, body: sent.append(body["event"]) is None)
    assert counts == {"sent": 3, "failed": 0, "dead": 0}
    assert sent == ["older", "retry", "fresh"]
    saved = {d["id"]: d for d in outbox.read(path)}
    assert saved["fresh"]["status"] == "delivered"
    assert saved["fresh"]["attempts"] == [NOW.isoformat()]
    assert saved["later"]["status"] == "pending" and saved["later"]["attempts"] == []


def test_failed_first_try_waits_the_first_backoff(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox.write(path, [delivery("fresh", "2024-05-02T11:59:30+00:00")])
    assert run(path, NOW, lambda url, body: False) == {"sent": 0, "failed": 1, "dead": 0}
    saved = outbox.read(path)[0]
    assert next_attempt_at(saved) == datetime(2024, 5, 2, 12, 1, tzinfo=timezone.utc)
