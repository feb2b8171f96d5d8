"""Outgoing messages, queued as JSON lines for the SMS and mail gateways to pick up."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

Message = dict[str, Any]

#: Local numbers in the export are written the national way ("07700 900123").
COUNTRY_PREFIX = "+44"


def normalise_mobile(number: str) -> str:
    """The E.164 form the SMS gateway wants: "07700 900123" -> "+447700900123"."""
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return COUNTRY_PREFIX + digits[1:]
    return digits


def sms(to: str, body: str) -> Message:
    return {"channel": "sms", "to": normalise_mobile(to), "body": body}


def email(to: str, subject: str, body: str) -> Message:
    return {"channel": "email", "to": to.strip().lower(), "subject": subject, "body": body}


def queue(outbox: Path, messages: list[Message]) -> None:
    with outbox.open("a", encoding="utf-8") as out:
        for message in messages:
            out.write(json.dumps(message) + "\n")
