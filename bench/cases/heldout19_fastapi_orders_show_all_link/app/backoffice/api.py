"""The back office's order list: filters in the query string, one page at a time."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query

from backoffice import orders
from backoffice.paging import ALL, DEFAULT_PER_PAGE, MAX_PER_PAGE, PageOutOfRange, paginate

app = FastAPI(title="back office")


def _link(status: str | None, customer: str | None, page: int, per_page: int) -> str:
    params: dict[str, Any] = {"status": status, "customer": customer, "page": page, "per_page": per_page}
    return "/orders?" + urlencode({k: v for k, v in params.items() if v is not None})


@app.get("/orders")
def list_orders(
    status: str | None = None,
    customer: str | None = None,
    page: int = Query(1, ge=1),
    per_page: int = Query(DEFAULT_PER_PAGE, ge=ALL, le=MAX_PER_PAGE),
) -> dict[str, Any]:
    if status is not None and status not in orders.STATUSES:
        raise HTTPException(status_code=422, detail=f"unknown status {status!r}")
    rows = orders.find(status=status, customer=customer)
    try:
        current = paginate(rows, page, per_page)
    except PageOutOfRange:
        raise HTTPException(status_code=404, detail="no such page") from None
    return {
        "total": current.total,
        "page": current.page,
        "pages": current.pages,
        "orders": [
            {"id": o.id, "customer": o.customer, "status": o.status,
             "placed_on": o.placed_on.isoformat(), "total": str(o.total)}
            for o in current.items
        ],
        "links": {
            "next": _link(status, customer, page + 1, per_page) if page < current.pages else None,
            "previous": _link(status, customer, page - 1, per_page) if page > 1 else None,
            "all": _link(status, customer, 1, ALL),
        },
    }
