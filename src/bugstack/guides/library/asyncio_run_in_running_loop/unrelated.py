"""asyncio.run used where it belongs: at the top of a program, from sync code."""

import asyncio


async def fetch_rate(currency: str) -> float:
    await asyncio.sleep(0)
    return 1.1


def cli_rate(currency: str) -> float:
    return asyncio.run(fetch_rate(currency))


def main() -> None:
    print(cli_rate("USD"))


async def endpoint(currency: str) -> float:
    return await fetch_rate(currency)
