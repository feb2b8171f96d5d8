import pytest

from jobs.retry import policy_for, should_retry


def test_attempts_from_the_environment_are_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBS_WEBHOOKS_MAX_ATTEMPTS", "5")
    assert policy_for("webhooks").max_attempts == 5
    assert should_retry("webhooks", 4)
    assert not should_retry("webhooks", 5)


def test_default_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBS_WEBHOOKS_MAX_ATTEMPTS", raising=False)
    assert policy_for("webhooks").max_attempts == 3
