from __future__ import annotations

import re
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    #: "+" and digits only; None when the sheet has no number.
    phone: str | None
    #: Free text; "" when there is none.
    notes: str

    def as_json(self) -> dict[str, str | None]:
        return asdict(self)


def normalise_phone(raw: str) -> str | None:
    """'+49 (30) 1234-56' -> '+4930123456'; a cell without digits -> None."""
    digits = re.sub(r"[^\d+]", "", raw.strip())
    return digits or None
