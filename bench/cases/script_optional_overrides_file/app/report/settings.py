"""Report settings: built-in defaults, overridden by an optional JSON file."""

import json
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {"currency": "EUR", "decimals": 2, "title": "Monthly report"}


def load(overrides: Path) -> dict[str, Any]:
    """The defaults updated by ``overrides``; the file is optional (absent: the defaults)."""
    with overrides.open(encoding="utf-8") as handle:
        return {**DEFAULTS, **json.load(handle)}
