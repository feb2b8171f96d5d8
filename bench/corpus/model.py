"""The corpus's vocabulary: cases on disk, what a capture produced, and a case's verdict."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

__all__ = [
    "BENCH_DIR",
    "CASES_DIR",
    "HIDDEN_CHECK_NAME",
    "RESULTS_DIR",
    "Capture",
    "Case",
    "CaseResult",
    "Outcome",
    "load_cases",
]

BENCH_DIR = Path(__file__).resolve().parents[1]
CASES_DIR = BENCH_DIR / "cases"
RESULTS_DIR = BENCH_DIR / "results"

#: Where the hidden check is copied in the patched repository, after the engine is done.
HIDDEN_CHECK_NAME = "test_bugstack_hidden_check.py"


class Outcome(StrEnum):
    FIXED = "fixed"
    #: Claimed fixed, but the hidden check or the app's own suite says otherwise.
    WRONG_FIX = "wrong_fix"
    #: The engine did not claim a fix (not_fixed, not_reproduced, unverified).
    DECLINED = "declined"
    #: ``bugstack fix`` does not exist (yet) in this environment.
    ENGINE_UNAVAILABLE = "engine_unavailable"
    #: The engine crashed, timed out, rejected its input or printed no readable JSON.
    ENGINE_ERROR = "engine_error"
    #: The case itself could not be set up (suite failing on the buggy code, no event).
    CASE_ERROR = "case_error"


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    directory: Path
    title: str
    framework: str
    error_type: str
    test_command: str
    notes: str = ""
    #: False when the error is raised inside the framework with no app frame on the stack
    #: (a Flask view returning None): the event alone does not point at the app's code.
    in_app_frames: bool = True

    @property
    def app_dir(self) -> Path:
        return self.directory / "app"

    @property
    def trigger(self) -> Path:
        return self.directory / "trigger.py"

    @property
    def hidden_check(self) -> Path:
        return self.directory / "hidden_check.py"

    @property
    def reference_patch(self) -> Path:
        """The fix a person would write; used only to prove the hidden check can pass."""
        return self.directory / "reference.patch"


@dataclass(frozen=True, slots=True)
class Capture:
    """What running a trigger under sentry-sdk produced."""

    event: dict[str, Any] | None
    #: ``{"type", "module", "message"}`` of the exception the trigger raised, if any.
    raised: dict[str, str] | None
    stderr: str

    def exception_type(self) -> str | None:
        if not self.event:
            return None
        values = (self.event.get("exception") or {}).get("values") or []
        return str(values[-1].get("type")) if values else None


@dataclass(slots=True)
class CaseResult:
    case: str
    framework: str
    error_type: str
    outcome: Outcome
    detail: str = ""
    engine_status: str | None = None
    engine_exit: int | None = None
    engine_seconds: float | None = None
    suite_seconds: float | None = None
    strategy: str | None = None
    candidates_tried: int | None = None
    patch: str | None = None
    explanation: str | None = None
    hidden_check_output: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def budget_seconds(self) -> float | None:
        """The issue's aim for a verified fix: twice the app's own suite time plus 5 s."""
        return None if self.suite_seconds is None else 2 * self.suite_seconds + 5

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["outcome"] = self.outcome.value
        data["budget_seconds"] = self.budget_seconds
        return data


def load_cases(root: Path = CASES_DIR, only: Sequence[str] = ()) -> list[Case]:
    """Every case under ``root`` (a directory with a ``case.toml``), sorted by id."""
    cases: list[Case] = []
    for toml_path in sorted(root.glob("*/case.toml")):
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        directory = toml_path.parent
        cases.append(
            Case(
                id=directory.name,
                directory=directory,
                title=str(data["title"]),
                framework=str(data["framework"]),
                error_type=str(data["error_type"]),
                test_command=str(data.get("test_command", "python -m pytest -q")),
                notes=str(data.get("notes", "")).strip(),
                in_app_frames=bool(data.get("in_app_frames", True)),
            )
        )
    if only:
        known = {c.id for c in cases}
        unknown = [name for name in only if name not in known]
        if unknown:
            raise SystemExit(f"unknown case(s): {', '.join(unknown)}")
        cases = [c for c in cases if c.id in only]
    return cases
