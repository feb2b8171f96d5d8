"""A sync helper calling ``asyncio.run`` from async code becomes ``async def`` and awaits."""

from __future__ import annotations

from bugstack.guides.sync_to_async import rewrite_loop_runner


def rewrite(source: str, line: int | None) -> str | None:
    return rewrite_loop_runner(source, line, ("asyncio.run",))
