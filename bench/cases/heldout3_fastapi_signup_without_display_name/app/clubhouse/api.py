from __future__ import annotations

from datetime import date

from fastapi import FastAPI, HTTPException

from clubhouse.models import Member, SignupForm

app = FastAPI(title="clubhouse")

MEMBERS: dict[str, Member] = {}


def _member(username: str) -> Member:
    member = MEMBERS.get(username)
    if member is None:
        raise HTTPException(status_code=404, detail="no such member")
    return member


@app.post("/members", status_code=201)
def sign_up(form: SignupForm) -> Member:
    if form.username in MEMBERS:
        raise HTTPException(status_code=409, detail="username taken")
    member = Member(
        username=form.username,
        email=form.email.strip().lower(),
        display_name=form.display_name,
        joined=date.today(),
    )
    MEMBERS[member.username] = member
    return member


@app.get("/members/{username}")
def profile(username: str) -> Member:
    return _member(username)


@app.put("/members/{username}/display-name")
def rename(username: str, display_name: str = "") -> Member:
    """Sets the shown name; an empty one goes back to showing the username."""
    member = _member(username)
    member.display_name = display_name.strip() or member.username
    return member


@app.get("/members")
def member_list() -> list[str]:
    """Shown names of all members, alphabetically."""
    return sorted((m.display_name for m in MEMBERS.values()), key=str.casefold)
