"""Coroutines awaited, or deliberately passed on unawaited."""

import asyncio


async def fetch(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def one() -> int:
    value = await fetch(1)
    return value + 1


async def many() -> list[int]:
    pending = [fetch(i) for i in range(3)]
    return list(await asyncio.gather(*pending))


async def background() -> None:
    task = asyncio.create_task(fetch(4))
    await task
