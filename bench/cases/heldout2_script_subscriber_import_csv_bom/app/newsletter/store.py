"""The subscriber list, a JSON file next to the mailing scripts."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Subscriber:
    email: str
    first_name: str


def load(path: Path) -> dict[str, Subscriber]:
    """email (lowercase) -> subscriber; empty when the file does not exist yet."""
    if not path.exists():
        return {}
    return {s["email"]: Subscriber(**s) for s in json.loads(path.read_text(encoding="utf-8"))}


def save(path: Path, subscribers: dict[str, Subscriber]) -> None:
    rows = [asdict(s) for _, s in sorted(subscribers.items())]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
