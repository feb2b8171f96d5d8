from __future__ import annotations

from datetime import datetime

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from textline import store
from textline.quiet import next_send_time, parse_span

app = FastAPI(title="textline")


class NewText(BaseModel):
    contact_id: int
    body: str = Field(min_length=1, max_length=918)
    #: When the sender wants it out, in the contact's wall-clock time.
    send_at: datetime
    #: One-time codes and delivery alerts go out at once, quiet hours or not.
    transactional: bool = False


def _out(item: store.Scheduled) -> dict[str, object]:
    return {
        "id": item.id,
        "contact_id": item.contact_id,
        "deliver_at": item.deliver_at.isoformat(),
        "transactional": item.transactional,
    }


@app.post("/texts", status_code=202)
def schedule_text(text: NewText) -> dict[str, object]:
    """Queue a text. A marketing text asked for inside the contact's quiet hours is held
    until they end; it is never dropped and never sent early."""
    contact = store.get_contact(text.contact_id)
    if contact is None:
        raise HTTPException(status_code=404, detail="unknown contact")
    deliver_at = text.send_at
    if contact.quiet_hours and not text.transactional:
        deliver_at = next_send_time(text.send_at, parse_span(contact.quiet_hours))
    return _out(store.schedule(contact.id, text.body, deliver_at, text.transactional))


@app.get("/texts")
def list_texts() -> list[dict[str, object]]:
    return [_out(item) for item in store.queued()]
