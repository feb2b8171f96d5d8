"""Shutdown closes a cache client that start-up only opens when one is configured."""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient


class CacheClient:
    def __init__(self, url: str) -> None:
        self.url = url
        self.closed = False

    async def close(self) -> None:
        self.closed = True


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    cache_url = os.environ.get("CACHE_URL")
    if cache_url:  # the cache is optional in development
        app.state.cache = CacheClient(cache_url)
    yield
    # Release the cache connection before the process exits.
    await app.state.cache.close()


app = FastAPI(lifespan=lifespan)


@app.get("/health")
async def health() -> dict[str, bool]:
    return {"cache": hasattr(app.state, "cache")}


if __name__ == "__main__":
    os.environ.pop("CACHE_URL", None)
    with TestClient(app) as client:
        print(client.get("/health").json())
