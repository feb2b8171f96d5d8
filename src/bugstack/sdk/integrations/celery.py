"""Celery: reported from the ``task_failure`` signal, with the task's arguments.

The signal is sent by Celery's tracer while the traceback is still whole (Celery clears
the frames right after, to free memory), and the capture copies the locals at once.
Retries are not failures, so they are not reported.
"""

from __future__ import annotations

from typing import Any

from bugstack.sdk.client import get_client

__all__ = ["install"]


def _on_failure(sender: Any = None, task_id: str | None = None,
                exception: BaseException | None = None, args: Any = None,
                kwargs: Any = None, **_: Any) -> None:
    client = get_client()
    if client is None or not isinstance(exception, Exception):
        return
    task = {"kind": "celery", "name": getattr(sender, "name", None), "id": task_id,
            "args": tuple(args or ()), "kwargs": dict(kwargs or {})}
    client.capture(exception, mechanism="celery", phase="task", task=task)


def install() -> None:
    from celery import signals  # type: ignore[import-untyped]

    signals.task_failure.connect(_on_failure, weak=False, dispatch_uid="bugstack")
