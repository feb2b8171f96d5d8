"""Loops driven by hand where that is legitimate: from sync code with no loop running."""

import asyncio


async def count_unread(user: str) -> int:
    await asyncio.sleep(0)
    return len(user)


def report(users: list[str]) -> list[int]:
    loop = asyncio.new_event_loop()
    try:
        return [loop.run_until_complete(count_unread(u)) for u in users]
    finally:
        loop.close()


def main() -> None:
    print(report(["ada"]))
