"""An app that already uses a lifespan, and a router with ordinary routes."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

router = APIRouter()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.ready = True
    yield
    app.state.ready = False


app = FastAPI(lifespan=lifespan)


@router.get("/ping")
async def ping() -> str:
    return "pong"
