from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from stockroom.catalogue import PRICES, STOCK

app = FastAPI(title="stockroom")


class Price(BaseModel):
    sku: str
    cents: int


class StockLevel(BaseModel):
    sku: str
    on_hand: int
    in_stock: bool


@app.get("/prices/{sku}", response_model=Price)
def get_price(sku: str) -> Price:
    if sku not in PRICES:
        raise HTTPException(status_code=404, detail=f"unknown SKU {sku}")
    return Price(sku=sku, cents=PRICES[sku])


@app.get("/stock/{sku}", response_model=StockLevel)
def get_stock(sku: str) -> StockLevel:
    """Units on hand for one SKU; an SKU the catalogue does not know is a 404."""
    on_hand = STOCK[sku]
    return StockLevel(sku=sku, on_hand=on_hand, in_stock=on_hand > 0)
