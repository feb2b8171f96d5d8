from __future__ import annotations

from fastapi import FastAPI, HTTPException, Query

from shopfront import catalogue

app = FastAPI(title="Shop front")


@app.get("/products/{sku}")
def product(sku: str) -> dict[str, object]:
    if sku not in catalogue.PRODUCTS:
        raise HTTPException(status_code=404, detail="unknown product")
    return {"sku": sku, "name": catalogue.PRODUCTS[sku]}


@app.get("/products/{sku}/delivery-estimate")
def delivery_estimate(sku: str, quantity: int = Query(default=1, ge=1)) -> dict[str, object]:
    """Working days until ``quantity`` of the product reaches the customer, shown on the
    product page next to "Add to basket".

    The order ships from the quickest warehouse holding enough stock (``"source"`` is
    that warehouse). When no warehouse holds enough, the order is drop-shipped: the
    supplier sends it directly, in ``catalogue.SUPPLIER_LEAD_DAYS`` working days, and
    ``"source"`` is ``"supplier"``. Every product we list can be ordered; only an
    unknown SKU is a 404.
    """
    if sku not in catalogue.PRODUCTS:
        raise HTTPException(status_code=404, detail="unknown product")
    stocking = sorted(
        (w for w in catalogue.WAREHOUSES if w.stock.get(sku, 0) >= quantity),
        key=lambda w: w.lead_days,
    )
    fastest = stocking[0]
    return {"sku": sku, "quantity": quantity, "days": fastest.lead_days, "source": fastest.name}
