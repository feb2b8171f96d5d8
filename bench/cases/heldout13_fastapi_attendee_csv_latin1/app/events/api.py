from __future__ import annotations

import csv
import io

from fastapi import FastAPI, Response
from pydantic import BaseModel

from events import store

app = FastAPI()

#: Every text file this service hands out is UTF-8; the BOM lets Excel notice that.
EXPORT_ENCODING = "utf-8-sig"


class Registration(BaseModel):
    name: str
    email: str
    ticket: str = "standard"


@app.post("/attendees", status_code=201)
def register(registration: Registration) -> dict[str, str]:
    store.register(store.Attendee(registration.name.strip(), registration.email.lower(), registration.ticket))
    return {"status": "registered"}


@app.get("/attendees/badges.txt")
def badge_names() -> Response:
    """One name per line, for the badge printer."""
    text = "".join(f"{a.name}\n" for a in store.attendees())
    return Response(text.encode(EXPORT_ENCODING), media_type="text/plain; charset=utf-8")


@app.get("/attendees.csv")
def export_csv() -> Response:
    """The attendee list for the organisers' spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["name", "email", "ticket"])
    for attendee in store.attendees():
        writer.writerow([attendee.name, attendee.email, attendee.ticket])
    # Excel on Windows opens CSV files as Windows-1252.
    body = buffer.getvalue().encode("latin-1")
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="attendees.csv"'},
    )
