"""Settings of the backup job, read from the environment."""

import os
from dataclasses import dataclass

DEFAULT_RETENTION_DAYS = 14
DEFAULT_COMPRESSION = "gzip"


@dataclass(frozen=True)
class Settings:
    target: str
    retention_days: int
    compression: str


def load() -> Settings:
    """BACKUP_TARGET is required; the others are optional and have defaults."""
    return Settings(
        target=os.environ["BACKUP_TARGET"],
        retention_days=int(os.environ.get("BACKUP_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)),
        compression=os.environ["BACKUP_COMPRESSION"],
    )
