"""FastAPI and Starlette apps that fail in each phase: request, background, lifespan."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import BackgroundTasks, FastAPI, Request
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.sdk.apps import shop


class OrderIn(BaseModel):
    sku: str
    qty: int
    customer: str
    tier: str


def send_receipt(email: str, amount: float, options: dict[str, Any]) -> None:
    raise ConnectionError(f"mail server refused {email}")


def make_fastapi() -> FastAPI:
    app = FastAPI()

    @app.post("/orders/{shop_id}")
    async def create_order(shop_id: int, payload: OrderIn) -> dict[str, float]:
        order = shop.Order(payload.sku, payload.qty,
                           shop.Customer(payload.customer, shop.Tier(payload.tier)),
                           dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        return {"total": shop.price(order)}

    @app.get("/ok")
    async def ok() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/receipts")
    async def receipt(background: BackgroundTasks) -> dict[str, str]:
        background.add_task(send_receipt, "ada@example.com", 12.5, {"retries": 2})
        return {"queued": "yes"}

    @app.get("/sync-fail")
    def sync_fail(q: str = "") -> dict[str, int]:
        return {"n": int(q)}

    return app


class Cache:
    async def close(self) -> None:
        pass


def make_lifespan_app(*, fail_on_startup: bool) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings = {"warm_cache": False}
        if fail_on_startup:
            raise RuntimeError(f"cannot start with {settings}")
        if settings["warm_cache"]:
            app.state.cache = Cache()
        yield
        # The classic: shutdown closes a resource that start-up never opened.
        await app.state.cache.close()

    return FastAPI(lifespan=lifespan)


async def starlette_divide(request: Request) -> JSONResponse:
    numerator = int(request.path_params["numerator"])
    denominator = int(request.query_params.get("by", "0"))
    return JSONResponse({"result": numerator / denominator})


def make_starlette() -> Starlette:
    return Starlette(routes=[Route("/divide/{numerator}", starlette_divide)])
