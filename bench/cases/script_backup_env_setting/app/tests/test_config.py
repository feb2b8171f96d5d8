import pytest

from backup.config import load


def test_all_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BACKUP_TARGET", "s3://b")
    monkeypatch.setenv("BACKUP_RETENTION_DAYS", "7")
    monkeypatch.setenv("BACKUP_COMPRESSION", "zstd")
    settings = load()
    assert (settings.target, settings.retention_days, settings.compression) == ("s3://b", 7, "zstd")


def test_target_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BACKUP_TARGET", raising=False)
    with pytest.raises(KeyError):
        load()
