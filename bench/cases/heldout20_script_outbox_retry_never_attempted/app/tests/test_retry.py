from datetime import datetime, timezone
from pathlib import Path

from relay import outbox
from relay.retry import main, run
from relay.schedule import due, next_attempt_at

NOW = datetime(2024, 5, 2, 12, 0, tzinfo=timezone.utc)


def delivery(id: str, *attempts: str, status: str = "pending") -> dict:
    return {"id": id, "url": f"https://hooks.example.com/{id}", "body": {"event": id},
            "queued_at": "2024-05-02T09:00:00+00:00", "attempts": list(attempts), "status": status}


def test_backoff_grows_with_attempts() -> None:
    once = delivery("a", "2024-05-02T11:00:00+00:00")
    twice = delivery("b", "2024-05-02T11:00:00+00:00", "2024-05-02T11:01:00+00:00")
    assert next_attempt_at(once) == datetime(2024, 5, 2, 11, 1, tzinfo=timezone.utc)
    assert next_attempt_at(twice) == datetime(2024, 5, 2, 11, 11, tzinfo=timezone.utc)


def test_due_skips_waiting_and_finished(tmp_path: Path) -> None:
    waiting = delivery("w", "2024-05-02T11:30:00+00:00", "2024-05-02T11:55:00+00:00")
    ready = delivery("r", "2024-05-02T11:50:00+00:00")
    done = delivery("d", "2024-05-02T11:00:00+00:00", status="delivered")
    assert [d["id"] for d in due([waiting, ready, done], NOW)] == ["r"]


def test_run_records_attempts(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox.write(path, [delivery("ok", "2024-05-02T11:00:00+00:00"), delivery("ko", "2024-05-02T11:00:00+00:00")])
    counts = run(path, NOW, lambda url, body: url.endswith("/ok"))
    assert counts == {"sent": 1, "failed": 1, "dead": 0}
    saved = {d["id"]: d for d in outbox.read(path)}
    assert saved["ok"]["status"] == "delivered"
    assert saved["ko"]["attempts"][-1] == NOW.isoformat()


def test_dead_letter_after_last_attempt(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    tries = [f"2024-05-01T0{n}:00:00+00:00" for n in range(4)]
    outbox.write(path, [delivery("x", *tries)])
    assert run(path, NOW, lambda url, body: False) == {"sent": 0, "failed": 0, "dead": 1}
    assert outbox.read(path)[0]["status"] == "dead"


def test_dry_run(tmp_path: Path, capsys) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox.write(path, [delivery("r", "2024-05-02T11:50:00+00:00")])
    assert main([str(path), "--dry-run"]) == 0
    assert capsys.readouterr().out == "r https://hooks.example.com/r\n"
