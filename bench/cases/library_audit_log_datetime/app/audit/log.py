"""An append-only audit log, one JSON object per line. Timestamps are ISO 8601 strings."""

import json
from datetime import datetime
from typing import Any, TextIO


def entry(actor: str, action: str, at: datetime, **details: Any) -> dict[str, Any]:
    return {"actor": actor, "action": action, "at": at.isoformat(), **details}


def write(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record, sort_keys=True) + "\n")


def record_login(out: TextIO, actor: str, at: datetime) -> None:
    write(out, entry(actor, "login", at))


def record_password_change(out: TextIO, actor: str, at: datetime, previous_change: datetime) -> None:
    write(out, entry(actor, "password_change", at, previous_change=previous_change))
