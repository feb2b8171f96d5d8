"""Members of the club, as the API receives and shows them."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class SignupForm(BaseModel):
    """What the signup page posts."""

    username: str = Field(min_length=3, max_length=30, pattern=r"^[a-z0-9_]+$")
    email: str = Field(min_length=3)
    #: Optional on the form: members who leave it empty are shown by their username.
    display_name: str | None = None


class Member(BaseModel):
    username: str
    email: str
    #: The name shown on the profile and in the member list; never empty.
    display_name: str
    joined: date
