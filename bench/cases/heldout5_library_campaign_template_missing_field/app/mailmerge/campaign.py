from __future__ import annotations

from dataclasses import dataclass

from mailmerge.templates import render


@dataclass(frozen=True)
class Contact:
    email: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Message:
    to: str
    subject: str
    body: str


def personalise(subject: str, body: str, contacts: list[Contact]) -> list[Message]:
    """One message per contact, subject and body rendered with the contact's fields."""
    return [Message(c.email, render(subject, c.fields), render(body, c.fields)) for c in contacts]
