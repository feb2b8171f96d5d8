"""The ceiling for bench/ingest.py: a FastAPI endpoint that reads the body and answers 200."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response

app = FastAPI()


@app.post("/api/{project_id}/envelope/")
async def envelope(project_id: int, request: Request) -> Response:
    await request.body()
    return Response(b'{"id":null}', media_type="application/json")
