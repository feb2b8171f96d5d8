"""A sync helper calling ``run_until_complete`` from async code becomes ``async def``."""

from __future__ import annotations

from bugstack.guides.sync_to_async import rewrite_loop_runner


def rewrite(source: str, line: int | None) -> str | None:
    return rewrite_loop_runner(source, line, (".run_until_complete",))
