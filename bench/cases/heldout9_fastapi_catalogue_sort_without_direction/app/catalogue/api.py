from __future__ import annotations

from fastapi import FastAPI, HTTPException

from catalogue.products import PRODUCTS, SORTABLE, Product

app = FastAPI()


def _as_json(product: Product) -> dict[str, object]:
    return {
        "sku": product.sku,
        "name": product.name,
        "price_cents": product.price_cents,
        "rating": product.rating,
    }


def _sorted(products: list[Product], sort: str) -> list[Product]:
    """``sort`` is ``field`` or ``field:direction``, direction being ``asc`` or ``desc``.

    The direction is optional and defaults to ``asc`` (the storefront's "Price" and
    "Name" buttons send just the field; only "Best rated" sends ``rating:desc``).
    """
    field, direction = sort.split(":")
    if field not in SORTABLE or direction not in ("asc", "desc"):
        raise HTTPException(status_code=422, detail=f"cannot sort by {sort!r}")
    return sorted(products, key=lambda p: getattr(p, field), reverse=direction == "desc")


@app.get("/products")
def list_products(sort: str | None = None) -> list[dict[str, object]]:
    products = list(PRODUCTS)
    if sort is not None:
        products = _sorted(products, sort)
    return [_as_json(p) for p in products]
