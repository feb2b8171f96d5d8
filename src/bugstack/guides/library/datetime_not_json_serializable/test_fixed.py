# mypy: disable-error-code="import-not-found"
import json
from datetime import UTC, datetime

import pytest
from fixed import order_event


def test_the_timestamp_is_written_as_iso_8601() -> None:
    text = order_event(42, datetime(2024, 5, 1, 12, 30, tzinfo=UTC))
    assert json.loads(text) == {
        "order_id": 42,
        "placed_at": "2024-05-01T12:30:00+00:00",
        "type": "order.placed",
    }


def test_other_unsupported_values_still_fail_loudly() -> None:
    with pytest.raises(TypeError, match="set"):
        order_event(42, {1, 2})
