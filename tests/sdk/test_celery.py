"""Celery: a task fails inside Celery's own tracer; the event names the task and its input."""

from __future__ import annotations

import pytest

from bugstack.domain.replay import decode_value
from tests.sdk.apps import shop
from tests.sdk.conftest import Reporting, frame_named, replay_of


def test_celery_task_failure(reporting: Reporting) -> None:
    from tests.sdk.apps.tasks import bill_customer

    result = bill_customer.apply_async(args=({"name": "ada", "tier": "basic"}, 40),
                                       kwargs={"currency": "GBP"})
    assert result.failed()
    event = reporting.event()
    assert event["transaction"] == "shop.bill_customer"
    assert event["exception"]["values"][-1]["mechanism"] == {"type": "celery",
                                                             "handled": False}
    replay = replay_of(event)
    assert replay["phase"] == "task"
    task = replay["task"]
    assert task["kind"] == "celery" and task["name"] == "shop.bill_customer"
    assert task["id"] == result.id
    args = [decode_value(a) for a in task["args"]]
    kwargs = {k: decode_value(v) for k, v in task["kwargs"].items()}
    assert args == [{"name": "ada", "tier": "basic"}, 40] and kwargs == {"currency": "GBP"}
    frame = frame_named(replay, "bill_customer")
    assert decode_value(frame["locals"]["tier"]) is shop.Tier.BASIC
    # Running the task body again with the recorded input fails the same way.
    with pytest.raises(KeyError):
        bill_customer.run(*args, **kwargs)
