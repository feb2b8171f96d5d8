from __future__ import annotations

from typing import Any

from fastapi import FastAPI, HTTPException

from accounts.store import ACCOUNTS, read_preferences

app = FastAPI()


@app.get("/accounts/{account_id}/preferences")
def get_preferences(account_id: int) -> dict[str, Any]:
    account = ACCOUNTS.get(account_id)
    if account is None:
        raise HTTPException(status_code=404, detail="no such account")
    return read_preferences(account)
