"""A FastAPI app whose database pool outlives the event loop it was opened on."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient


class Pool:
    """Stands in for a database pool: it belongs to the event loop that opened it."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.closed = False

    @classmethod
    async def open(cls) -> "Pool":
        return cls(asyncio.get_running_loop())

    async def close(self) -> None:
        # Like asyncpg or an HTTP client, closing hands work to the pool's own loop.
        done = self.loop.create_future()
        self.loop.call_soon(done.set_result, None)
        await done
        self.closed = True


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    global pool
    # One pool for the whole app, shared by every handler.
    pool = await Pool.open()
    try:
        await announce()
        yield
    finally:
        await close_pool()


app = FastAPI(lifespan=lifespan)


async def announce() -> None:
    print("ready")


async def close_pool() -> None:
    await pool.close()


@app.get("/health")
async def health() -> dict[str, bool]:
    return {"pool_open": not pool.closed}


if __name__ == "__main__":
    with TestClient(app) as client:
        print(client.get("/health").json())
