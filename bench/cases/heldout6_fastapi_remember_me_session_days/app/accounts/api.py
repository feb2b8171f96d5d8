from __future__ import annotations

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from accounts.sessions import open_session

app = FastAPI(title="accounts")

#: Demo directory; production reads the user table.
PASSWORDS = {"ana@example.com": "correct horse", "bo@example.com": "battery staple"}


class SignIn(BaseModel):
    email: str
    password: str
    remember: bool = False


@app.post("/sessions")
def sign_in(body: SignIn) -> dict[str, str]:
    if PASSWORDS.get(body.email) != body.password:
        raise HTTPException(status_code=401, detail="wrong email or password")
    session = open_session(body.email, body.remember)
    return {"token": session.token, "expires_at": session.expires_at.isoformat()}
