"""Every corpus case must be a fair test of the fix engine.

For each case: the app's own tests pass on the buggy code (the bug is on an untested
path), the trigger, run against a deployed copy under the real sentry-sdk, raises the
declared error and yields an event whose crash frame is the app's own code, and the hidden
check fails on the buggy code (so it can tell a fix from no fix) but passes once the
reference fix, the one a careful person would write, is applied.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.conftest import fix_corpus

CASES = fix_corpus.load_cases()

#: The kinds of error the issue asks the corpus to cover, as the event names them.
REQUIRED_ERRORS = {
    "KeyError",
    "AttributeError",
    "TypeError",
    "ZeroDivisionError",
    "IndexError",
    "ValueError",
    "UnboundLocalError",
    "NameError",
    "RuntimeError",
    "DoesNotExist",
    "RecursionError",
}
REQUIRED_FRAMEWORKS = {"fastapi", "flask", "django", "library", "script"}


@pytest.mark.xfail(reason="corpus under construction", strict=True)
def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 25
    assert {c.framework for c in CASES} >= REQUIRED_FRAMEWORKS
    assert {c.error_type for c in CASES} >= REQUIRED_ERRORS
    assert len({c.id for c in CASES}) == len(CASES)


def _outcomes(junit: Path) -> dict[str, str]:
    """``file::test`` -> passed/failed/error/skipped, from pytest's JUnit XML."""
    outcomes: dict[str, str] = {}
    for testcase in ET.parse(junit).getroot().iter("testcase"):
        name = f"{testcase.get('classname')}::{testcase.get('name')}"
        outcome = "passed"
        for child in testcase:
            if child.tag in ("failure", "error", "skipped"):
                outcome = child.tag
        outcomes[name] = outcome
    return outcomes


def _run_tests_and_hidden_check(case: Any, repo: Path, junit: Path) -> dict[str, str]:
    hidden = repo / "tests" / fix_corpus.HIDDEN_CHECK_NAME
    hidden.write_bytes(case.hidden_check.read_bytes())
    done = fix_corpus._run(
        ["python", "-m", "pytest", "-q", f"--junitxml={junit}", "-o", "junit_family=xunit1"],
        repo,
        180,
    )
    assert junit.exists(), done.stdout + done.stderr
    hidden.unlink()
    return _outcomes(junit)


def _is_hidden(name: str) -> bool:
    return fix_corpus.HIDDEN_CHECK_NAME.removesuffix(".py") in name


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_reproduces_and_its_hidden_check_discriminates(case: Any, tmp_path: Path) -> None:
    for required in (case.trigger, case.hidden_check, case.reference_patch):
        assert required.is_file(), f"{case.id} lacks {required.name}"
    assert any((case.app_dir / name).is_file() for name in ("pyproject.toml", "requirements.txt"))
    assert (case.app_dir / "tests").is_dir()

    repo = tmp_path / "repo"
    release = fix_corpus.prepare_repository(case, repo)
    deployed = fix_corpus.deploy(case, tmp_path / "srv" / case.id)

    capture = fix_corpus.capture_event(case, deployed, release, tmp_path / "capture")
    # A framework may answer 500 and carry on (Flask outside testing mode), as in
    # production; then the event alone tells what was raised.
    if capture.raised is not None:
        assert capture.raised["type"] == case.error_type, capture.raised
    event = capture.event
    assert event is not None, capture.stderr[-800:]
    assert event["release"] == release
    exception = event["exception"]["values"][-1]
    assert exception["type"] == case.error_type
    # `python -m` adds frames of "<frozen runpy>", which sentry-sdk also calls in-app.
    in_app = [
        f
        for f in exception["stacktrace"]["frames"]
        if f.get("in_app") and Path(f["abs_path"]).is_file()
    ]
    assert in_app, "the event has no in-app frame"
    assert all(f["abs_path"].startswith(str(deployed)) for f in in_app)
    assert all(f.get("context_line") is not None for f in in_app)
    assert exception["stacktrace"]["frames"][-1] in in_app, "the crash is not in the app's code"

    outcomes = _run_tests_and_hidden_check(case, repo, tmp_path / "buggy.xml")
    own = {name: o for name, o in outcomes.items() if not _is_hidden(name)}
    hidden = {name: o for name, o in outcomes.items() if _is_hidden(name)}
    assert own, "the app has no tests"
    assert all(o == "passed" for o in own.values()), own
    assert hidden, "the hidden check collected no test"
    assert any(o == "failure" for o in hidden.values()), f"hidden check passes on the bug: {hidden}"
    assert not any(o == "error" for o in hidden.values()), hidden


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_reference_fix_passes_the_hidden_check(case: Any, tmp_path: Path) -> None:
    """The hidden check asks for nothing a careful fix could not give."""
    repo = tmp_path / "repo"
    fix_corpus.prepare_repository(case, repo)
    applied = fix_corpus._run(["git", "apply", str(case.reference_patch)], repo, 60)
    assert applied.returncode == 0, applied.stderr
    fixed = _run_tests_and_hidden_check(case, repo, tmp_path / "fixed.xml")
    assert fixed
    assert all(o == "passed" for o in fixed.values()), fixed
