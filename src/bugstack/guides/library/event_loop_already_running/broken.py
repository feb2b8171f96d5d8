"""A Starlette endpoint that calls a helper driving the event loop by hand."""

import asyncio

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient


async def count_unread(user: str) -> int:
    await asyncio.sleep(0)  # stands in for a database query
    return len(user)


def unread_badge(user: str) -> str:
    count = asyncio.get_event_loop().run_until_complete(count_unread(user))
    return "99+" if count > 99 else str(count)


async def badge(request: Request) -> JSONResponse:
    return JSONResponse({"badge": unread_badge(request.path_params["user"])})


app = Starlette(routes=[Route("/badge/{user}", badge)])


if __name__ == "__main__":
    print(TestClient(app).get("/badge/ada").json())
