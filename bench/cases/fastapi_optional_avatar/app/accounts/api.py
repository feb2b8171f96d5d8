from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from accounts.models import ACCOUNTS

app = FastAPI()


class AccountOut(BaseModel):
    id: int
    handle: str
    avatar_url: str | None


@app.get("/accounts/{account_id}", response_model=AccountOut)
def get_account(account_id: int) -> AccountOut:
    account = ACCOUNTS.get(account_id)
    if account is None:
        raise HTTPException(status_code=404)
    return AccountOut(id=account.id, handle=account.handle, avatar_url=account.avatar.url)
