from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from crm.uploads import csv_rows, decode_upload

app = FastAPI(title="crm imports")

CONTACTS: list[dict[str, str]] = []


class ImportResult(BaseModel):
    imported: int


class Preview(BaseModel):
    columns: list[str]
    #: The first rows, for the user to check before importing.
    rows: list[dict[str, str]]


REQUIRED_COLUMNS = {"name", "email"}


@app.post("/imports/contacts")
async def import_contacts(request: Request) -> ImportResult:
    """Imports a CSV body (``Content-Type: text/csv``) with at least name and email."""
    rows = csv_rows(decode_upload(await request.body()))
    if rows and not REQUIRED_COLUMNS <= rows[0].keys():
        raise HTTPException(status_code=422, detail="name and email columns are required")
    CONTACTS.extend({"name": row["name"], "email": row["email"]} for row in rows)
    return ImportResult(imported=len(rows))


@app.post("/imports/contacts/preview")
async def preview_contacts(request: Request, limit: int = 5) -> Preview:
    """The first ``limit`` rows of the CSV body, as the import would read them."""
    text = (await request.body()).decode("utf-8")
    rows = csv_rows(text)
    columns = list(rows[0].keys()) if rows else []
    return Preview(columns=columns, rows=rows[:limit])
