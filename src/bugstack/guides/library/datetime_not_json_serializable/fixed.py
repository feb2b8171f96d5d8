"""Publishing an order event to a message queue as JSON."""

import json
from datetime import UTC, datetime


def _json_default(value: object) -> str:
    """Write dates and times as ISO 8601 text; refuse anything else, as json does."""
    from datetime import date, time

    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def order_event(order_id: int, placed_at: datetime) -> str:
    event = {"type": "order.placed", "order_id": order_id, "placed_at": placed_at}
    return json.dumps(event, sort_keys=True, default=_json_default)


if __name__ == "__main__":
    print(order_event(42, datetime(2024, 5, 1, 12, 30, tzinfo=UTC)))
