"""Settings of the nightly cleanup, read from ``cleanup.conf``.

One ``KEY=VALUE`` per line; blank lines and lines starting with ``#`` are ignored.
The value is everything after the first ``=``: webhook URLs carry query strings, and
their tokens may end in ``=``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_RETENTION_DAYS = 14


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Settings:
    directory: Path
    retention_days: int = DEFAULT_RETENTION_DAYS
    #: Where to post the summary; None to post nothing.
    webhook_url: str | None = None


def parse_lines(lines: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ConfigError(f"line {number}: expected KEY=VALUE, got {line!r}")
        key, value = line.split("=")
        values[key.strip().upper()] = value.strip()
    return values


def read_settings(path: Path) -> Settings:
    values = parse_lines(path.read_text(encoding="utf-8").splitlines())
    if "DIRECTORY" not in values:
        raise ConfigError(f"{path}: DIRECTORY is required")
    return Settings(
        directory=Path(values["DIRECTORY"]),
        retention_days=int(values.get("RETENTION_DAYS", DEFAULT_RETENTION_DAYS)),
        webhook_url=values.get("WEBHOOK_URL") or None,
    )
