from __future__ import annotations

from fastapi import FastAPI, HTTPException

from ledger.cursors import BadCursor, decode_cursor, encode_cursor
from ledger.store import orders_after

app = FastAPI(title="ledger")

PAGE_SIZE = 10


@app.get("/orders")
def list_orders(cursor: str | None = None) -> dict[str, object]:
    """One page of orders; ``next`` is the cursor of the following page (None on the last)."""
    try:
        after = decode_cursor(cursor) if cursor is not None else None
    except BadCursor as error:
        raise HTTPException(status_code=400, detail=str(error)) from error
    page = orders_after(after, PAGE_SIZE + 1)
    has_more = len(page) > PAGE_SIZE
    page = page[:PAGE_SIZE]
    return {
        "orders": [{"id": o.id, "customer": o.customer, "total": f"{o.total:.2f}"} for o in page],
        "next": encode_cursor(page[-1].id) if has_more else None,
    }
