"""Token and time budgets: per attempt, and per project per calendar month.

The monthly cap is a hard one: a request is not sent unless its worst case (the prompt's
estimated size plus the most output it may ask for) is first *reserved* under the cap, in
one step that no other worker can interleave with; the reservation is settled to the real
count when the answer comes, and given back when none does. Usage is kept apart from the
cap, in a :class:`UsageLedger`, so changing the cap takes effect at the next request. The
command line keeps usage in a JSON file; the server keeps it in its database
(``bugstack.server.llm_usage.DatabaseLedger``) behind the same three methods.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

__all__ = [
    "FileLedger",
    "LedgerError",
    "MemoryLedger",
    "UsageLedger",
    "current_month",
    "estimate_tokens",
]


class LedgerError(RuntimeError):
    """Usage cannot be read or written: the cap cannot be checked, so nothing is sent."""


def current_month() -> str:
    return datetime.now(UTC).strftime("%Y-%m")


def estimate_tokens(text: str) -> int:
    """A deliberately high estimate (about 3 characters a token) for text not yet sent."""
    return len(text) // 3 + 1


class UsageLedger(Protocol):
    def used(self, project: str, month: str) -> int: ...

    def add(self, project: str, month: str, tokens: int) -> None:
        """Count ``tokens`` (negative to give back a reservation)."""
        ...

    def reserve(self, project: str, month: str, tokens: int, cap: int) -> bool:
        """Count ``tokens`` only if the month's total stays within ``cap``, atomically;
        False (nothing counted) when it would not."""
        ...


class MemoryLedger:
    def __init__(self) -> None:
        self._usage: dict[tuple[str, str], int] = {}

    def used(self, project: str, month: str) -> int:
        return self._usage.get((project, month), 0)

    def add(self, project: str, month: str, tokens: int) -> None:
        self._usage[(project, month)] = self.used(project, month) + tokens

    def reserve(self, project: str, month: str, tokens: int, cap: int) -> bool:
        if self.used(project, month) + tokens > cap:
            return False
        self.add(project, month, tokens)
        return True


class FileLedger:
    """Usage in a small JSON file, ``{"project": {"2026-11": tokens}}``, updated under an
    exclusive lock so two runs at once both count."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, int]]]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise LedgerError(f"cannot open {self.path}: {exc}") from exc
        with os.fdopen(descriptor, "r+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            text = handle.read()
            try:
                data = json.loads(text) if text.strip() else {}
            except ValueError as exc:
                # The cap is a hard one: a count that cannot be read allows nothing.
                raise LedgerError(f"{self.path} is damaged: {exc}") from exc
            if not isinstance(data, dict):
                raise LedgerError(f"{self.path} does not hold a JSON object")
            before = json.dumps(data, sort_keys=True)
            yield data
            if json.dumps(data, sort_keys=True) != before:
                handle.seek(0)
                handle.truncate()
                handle.write(json.dumps(data, indent=1, sort_keys=True))

    def used(self, project: str, month: str) -> int:
        with self._locked() as data:
            value = data.get(project, {}).get(month, 0)
            return value if isinstance(value, int) else 0

    def add(self, project: str, month: str, tokens: int) -> None:
        with self._locked() as data:
            months = data.setdefault(project, {})
            previous = months.get(month, 0)
            months[month] = (previous if isinstance(previous, int) else 0) + tokens

    def reserve(self, project: str, month: str, tokens: int, cap: int) -> bool:
        with self._locked() as data:  # one lock for the check and the count
            previous = data.get(project, {}).get(month, 0)
            used = previous if isinstance(previous, int) else 0
            if used + tokens > cap:
                return False
            data.setdefault(project, {})[month] = used + tokens
            return True
