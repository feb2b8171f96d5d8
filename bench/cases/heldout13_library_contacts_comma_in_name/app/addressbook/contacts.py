from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    #: Free text as typed ("+44 20 7946 0018", "ext. 12"); "" when unknown.
    phone: str = ""
