"""A currency conversion endpoint reusing a helper written for command-line scripts."""

import asyncio

from fastapi import FastAPI
from fastapi.testclient import TestClient

RATES = {"EUR": 1.0, "USD": 1.1}


async def fetch_rate(currency: str) -> float:
    await asyncio.sleep(0)  # stands in for a call to the rates service
    return RATES[currency]


async def convert(amount: float, currency: str) -> float:
    # Runs the async rate lookup to completion.
    rate = await fetch_rate(currency)
    return round(amount * rate, 2)


app = FastAPI()


@app.get("/convert")
async def convert_endpoint(amount: float, currency: str) -> dict[str, float]:
    return {"result": await convert(amount, currency)}


if __name__ == "__main__":
    client = TestClient(app)
    print(client.get("/convert", params={"amount": 10, "currency": "USD"}).json())
