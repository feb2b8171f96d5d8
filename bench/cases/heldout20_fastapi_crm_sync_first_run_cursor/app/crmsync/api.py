from __future__ import annotations

from datetime import datetime, timezone

from fastapi import FastAPI, Response

from crmsync import local, upstream

app = FastAPI()

FEED = "contacts"
PAGE_SIZE = 100

#: The CRM holds nothing older than this. A sync with no stored cursor (the very first
#: one, or the next one after an operator resets the cursor) starts from here, which
#: imports every contact the CRM has.
SYNC_EPOCH = datetime(2019, 1, 1, tzinfo=timezone.utc)


@app.post("/sync/contacts")
def sync_contacts() -> dict[str, object]:
    """Run by the scheduler every ten minutes: import every contact changed since the
    last sync and move the cursor to the newest change imported."""
    since = datetime.fromisoformat(local.get_cursor(FEED))
    imported = 0
    while True:
        page = upstream.changed_since(since, PAGE_SIZE)
        for record in page:
            local.upsert_contact(record)
            since = max(since, datetime.fromisoformat(record["updated_at"]))
        imported += len(page)
        if len(page) < PAGE_SIZE:
            break
    if imported:
        local.set_cursor(FEED, since.isoformat())
    return {"imported": imported, "cursor": local.get_cursor(FEED)}


@app.delete("/sync/contacts/cursor", status_code=204)
def reset_cursor() -> Response:
    """Make the next sync start over (after a bad import was rolled back)."""
    local.clear_cursor(FEED)
    return Response(status_code=204)


@app.get("/contacts")
def list_contacts() -> list[dict[str, object]]:
    return sorted(local.CONTACTS.values(), key=lambda c: str(c["crm_id"]))
