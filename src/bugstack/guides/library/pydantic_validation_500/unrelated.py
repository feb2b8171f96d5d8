"""Models built outside endpoints, and endpoints that let FastAPI validate."""

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel


class Signup(BaseModel):
    email: str


app = FastAPI()


def load(data: dict[str, Any]) -> Signup:
    return Signup(**data)


@app.post("/signup")
async def signup(payload: Signup) -> dict[str, str]:
    result = dict(email=payload.email)
    return result
