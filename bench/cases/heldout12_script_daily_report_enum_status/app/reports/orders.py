from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path


class Status(Enum):
    PENDING = "pending"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclass
class Order:
    id: str
    status: Status
    placed_at: datetime

    def as_json(self) -> dict[str, object]:
        """The order as the warehouse API writes it: the status by its value ("pending")."""
        return {"id": self.id, "status": self.status.value, "placed_at": self.placed_at.isoformat()}


def load(path: Path) -> list[Order]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [Order(r["id"], Status(r["status"]), datetime.fromisoformat(r["placed_at"])) for r in rows]
