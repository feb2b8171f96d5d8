from __future__ import annotations

import statistics

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

PRICES: dict[str, list[float]] = {
    "mugs": [8.5, 12.0, 9.5],
    "teapots": [24.0, 31.0],
    "gift-cards": [],  # created by the merchandising team, products not listed yet
}


class PriceStats(BaseModel):
    category: str
    count: int
    #: None when the category has no products yet: the shop front hides the price
    #: filter then, whereas 0.0 would show a "from 0.00" slider.
    median: float | None


@app.get("/categories/{category}/price-stats")
def price_stats(category: str) -> PriceStats:
    prices = PRICES.get(category, [])
    return PriceStats(category=category, count=len(prices), median=statistics.median(prices))
