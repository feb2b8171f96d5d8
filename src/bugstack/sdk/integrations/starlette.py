"""Starlette and FastAPI: the ASGI middleware, placed outside the app's own stack.

``build_middleware_stack`` is wrapped so that the middleware sits outside Starlette's
``ServerErrorMiddleware``, which answers 500 and then re-raises: so the app's own error
page still works and the exception still reaches us. Background tasks run after the
response inside the same call; they are wrapped to record the task and its arguments.
"""

from __future__ import annotations

import sys
from typing import Any

from bugstack.sdk.client import get_client
from bugstack.sdk.integrations.asgi import BugstackMiddleware
from bugstack.sdk.scope import Ambient, ambient, current

__all__ = ["install"]


def _wrap_stack(cls: type, framework: str) -> None:
    original = cls.__dict__.get("build_middleware_stack")
    if original is None or getattr(original, "__bugstack__", False):
        return

    def build_middleware_stack(self: Any) -> Any:
        return BugstackMiddleware(original(self), framework=framework)

    build_middleware_stack.__bugstack__ = True  # type: ignore[attr-defined]
    cls.build_middleware_stack = build_middleware_stack  # type: ignore[attr-defined]


def _wrap_background() -> None:
    from starlette.background import BackgroundTask

    original = BackgroundTask.__call__
    if getattr(original, "__bugstack__", False):
        return

    async def call(self: BackgroundTask) -> None:
        client = get_client()
        if client is None:
            await original(self)
            return
        outer = current()
        func = self.func
        task = {"kind": "background",
                "name": f"{getattr(func, '__module__', '?')}:"
                        f"{getattr(func, '__qualname__', repr(func))}",
                "args": self.args, "kwargs": self.kwargs}
        variable = ambient()
        token = variable.set(Ambient("task", request=outer.request if outer else None,
                                     task=task))
        try:
            await original(self)
        except Exception as exc:
            live = get_client()
            if live is not None:
                live.capture(exc, mechanism="starlette.background")
            raise
        finally:
            variable.reset(token)

    call.__bugstack__ = True  # type: ignore[attr-defined]
    BackgroundTask.__call__ = call  # type: ignore[method-assign]


def install() -> None:
    from starlette.applications import Starlette

    _wrap_stack(Starlette, "starlette")
    _wrap_background()
    fastapi_module = sys.modules.get("fastapi.applications")
    fastapi_app = getattr(fastapi_module, "FastAPI", None)
    if isinstance(fastapi_app, type):
        _wrap_stack(fastapi_app, "fastapi")
