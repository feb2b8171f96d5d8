"""A sign-up endpoint that validates its body by hand."""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field


class Signup(BaseModel):
    email: str
    age: int = Field(ge=13)


app = FastAPI()


@app.post("/signup")
async def signup(payload: dict[str, Any]) -> dict[str, str]:
    data = Signup(**payload)  # check the body against the sign-up rules
    return {"email": data.email}


if __name__ == "__main__":
    client = TestClient(app)
    print(client.post("/signup", json={"email": "kid@example.com", "age": 9}).status_code)
