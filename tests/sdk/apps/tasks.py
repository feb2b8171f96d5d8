"""A Celery app with one task that fails on its input."""

from __future__ import annotations

from typing import Any

from celery import Celery

from tests.sdk.apps import shop

celery_app = Celery("bugstack_sdk_test", broker="memory://", backend="cache+memory://")
celery_app.conf.update(task_always_eager=True, task_eager_propagates=False,
                       task_store_eager_result=True)


@celery_app.task(name="shop.bill_customer")
def bill_customer(customer: dict[str, Any], amount: int, *, currency: str = "EUR") -> float:
    tier = shop.Tier(customer["tier"])
    return amount * (1 - shop.discount(tier))
