"""Shutdown code that already checks for its resources, and unrelated state calls."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    cache = getattr(app.state, "cache", None)
    if cache is not None:
        await cache.close()


app = FastAPI(lifespan=lifespan)


async def visits(request: Request) -> int:
    return len(request.session)
