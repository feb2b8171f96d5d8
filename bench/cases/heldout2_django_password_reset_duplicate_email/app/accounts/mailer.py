"""Outgoing mail. Production hands messages to the SMTP relay; here they are kept."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    to: str
    subject: str
    #: The account the message is about.
    account_id: int


OUTBOX: list[Message] = []


def send_reset_link(account_id: int, email: str) -> None:
    OUTBOX.append(Message(to=email, subject="Reset your password", account_id=account_id))
