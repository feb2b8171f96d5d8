import pytest

from jobs.retry import delay, should_retry


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBS_MAIL_MAX_ATTEMPTS", raising=False)
    assert should_retry("mail", 2)
    assert not should_retry("mail", 3)


def test_backoff_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBS_MAIL_BACKOFF", "0.5")
    assert delay("mail", 3) == 2.0
