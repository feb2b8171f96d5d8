import pytest

from backup.config import load


def test_optional_settings_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BACKUP_TARGET", "/mnt/backups")
    monkeypatch.delenv("BACKUP_RETENTION_DAYS", raising=False)
    monkeypatch.delenv("BACKUP_COMPRESSION", raising=False)
    settings = load()
    assert (settings.target, settings.retention_days, settings.compression) == ("/mnt/backups", 14, "gzip")


def test_target_still_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BACKUP_TARGET", raising=False)
    with pytest.raises(KeyError):
        load()
