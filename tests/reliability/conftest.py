"""The reliability suite: each test attacks one property and records what it tried.

Tests here are ordinary tests (they fail when a property breaks). They also record each
attempt through the ``figures`` fixture, so that ``bench/reliability.py`` can print how many
attacks of each kind were tried and how many got through. Record an attempt *before*
asserting on it, so a broken property is counted as well as failed.

Kinds of attempt, as the figures command groups them:

* ``load``: a sustained-load run (``held`` means nothing answered 200 was lost);
* ``fault``: a fault injected into a running system (kill -9, database restart, disk full…);
* ``hostile_input``: a malformed, oversized or malicious payload;
* ``sandbox_escape``: hostile code run through the sandbox (``held`` means contained);
* ``tenancy_route``: a route checked against another organisation and an anonymous client.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

KINDS = ("load", "fault", "hostile_input", "sandbox_escape", "tenancy_route")

_lock = threading.Lock()


class Figures:
    """Appends one JSON line per record to ``BUGSTACK_RELIABILITY_FIGURES`` when it is set."""

    def __init__(self, test: str, path: Path | None) -> None:
        self.test = test
        self.path = path
        self.records: list[dict[str, object]] = []

    def attempt(self, kind: str, name: str, held: bool, detail: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind of attempt {kind!r}; one of {KINDS}")
        self._write({"type": "attempt", "kind": kind, "name": name, "held": held,
                     "detail": detail})

    def measure(self, name: str, value: float, unit: str) -> None:
        self._write({"type": "measure", "name": name, "value": value, "unit": unit})

    def _write(self, record: dict[str, object]) -> None:
        record["test"] = self.test
        self.records.append(record)
        if self.path is None:
            return
        with _lock, self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Iterator[Figures]:
    target = os.environ.get("BUGSTACK_RELIABILITY_FIGURES")
    yield Figures(request.node.nodeid, Path(target) if target else None)
