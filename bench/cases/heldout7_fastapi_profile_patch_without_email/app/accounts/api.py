from __future__ import annotations

from dataclasses import asdict, replace

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from accounts import store

app = FastAPI()


class ProfileUpdate(BaseModel):
    name: str | None = None
    email: str | None = None
    bio: str | None = None


@app.get("/profiles/{profile_id}")
def read_profile(profile_id: int) -> dict[str, object]:
    profile = store.get(profile_id)
    if profile is None:
        raise HTTPException(status_code=404)
    return asdict(profile)


@app.patch("/profiles/{profile_id}")
def update_profile(profile_id: int, update: ProfileUpdate) -> dict[str, object]:
    """Partial update: only the fields present in the body change; every other field
    keeps its stored value. E-mail addresses are stored lower-cased."""
    profile = store.get(profile_id)
    if profile is None:
        raise HTTPException(status_code=404)
    changes = update.model_dump(exclude_unset=True)
    changes["email"] = changes["email"].strip().lower()
    return store.save(replace(profile, **changes))
