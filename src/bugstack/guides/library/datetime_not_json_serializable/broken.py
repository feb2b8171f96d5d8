"""Publishing an order event to a message queue as JSON."""

import json
from datetime import UTC, datetime


def order_event(order_id: int, placed_at: datetime) -> str:
    event = {"type": "order.placed", "order_id": order_id, "placed_at": placed_at}
    return json.dumps(event, sort_keys=True)


if __name__ == "__main__":
    print(order_event(42, datetime(2024, 5, 1, 12, 30, tzinfo=UTC)))
