"""Every corpus case must be a fair test of the fix engine.

For each case: the app's own tests pass on the buggy code (the bug is on an untested
path), the trigger, run against a deployed copy under the real sentry-sdk, raises the
declared error and yields an event that points into the deployed app, and the hidden
check fails on the buggy code (so it can tell a fix from no fix). The slow check applies
the reference fix, the one a careful person would write, and expects the hidden check and
the app's tests to pass with it (so the hidden check asks for nothing unreasonable).
"""

from __future__ import annotations

import importlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.conftest import fix_corpus

# Loading fix_corpus put bench/ on sys.path; its parts live in bench/corpus/.
corpus_process: Any = importlib.import_module("corpus.process")

CASES = fix_corpus.load_cases()
CASE_IDS = [c.id for c in CASES]

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


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 25
    assert {c.framework for c in CASES} >= REQUIRED_FRAMEWORKS
    assert {c.error_type for c in CASES} >= REQUIRED_ERRORS
    assert len(set(CASE_IDS)) == len(CASES)


def _fast_environment() -> dict[str, str]:
    # The apps use no pytest plugin; loading the ones installed for bugstack's own tests
    # would triple the start-up time of every subprocess here.
    env: dict[str, str] = fix_corpus.tool_environment()
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return env


def _outcomes(junit: Path) -> dict[str, str]:
    """``module::test`` -> passed/failure/error/skipped, from pytest's JUnit XML."""
    outcomes: dict[str, str] = {}
    for testcase in ET.parse(junit).getroot().iter("testcase"):
        outcome = "passed"
        for child in testcase:
            if child.tag in ("failure", "error", "skipped"):
                outcome = child.tag
        outcomes[f"{testcase.get('classname')}::{testcase.get('name')}"] = outcome
    return outcomes


def _run_tests_and_hidden_check(case: Any, repo: Path, junit: Path) -> dict[str, str]:
    hidden = repo / "tests" / fix_corpus.HIDDEN_CHECK_NAME
    hidden.write_bytes(case.hidden_check.read_bytes())
    done = corpus_process.run(
        ["python", "-m", "pytest", "-q", f"--junitxml={junit}", "-o", "junit_family=xunit1"],
        repo,
        180,
        env=_fast_environment(),
    )
    hidden.unlink()
    if not junit.exists():
        raise AssertionError(f"pytest wrote no report: {done.stdout[-800:]}{done.stderr[-800:]}")
    return _outcomes(junit)


def _is_hidden(name: str) -> bool:
    return fix_corpus.HIDDEN_CHECK_NAME.removesuffix(".py") in name


@dataclass(frozen=True)
class Soundness:
    release: str
    deployed: Path
    capture: Any
    outcomes: dict[str, str]


def _check(case: Any, work: Path) -> Soundness:
    repo = work / "repo"
    release = fix_corpus.prepare_repository(case, repo)
    deployed = fix_corpus.deploy(case, work / "srv" / case.id)
    capture = fix_corpus.capture_event(case, deployed, release, work / "capture")
    outcomes = _run_tests_and_hidden_check(case, repo, work / "buggy.xml")
    return Soundness(release, deployed, capture, outcomes)


@pytest.fixture(scope="session")
def soundness(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[Soundness]]]:
    """Checks every selected case two at a time: each is a few subprocesses, mostly
    interpreter start-up, so overlapping them halves the wall time on two cores."""
    selected = [
        item.callspec.params["case"]  # type: ignore[attr-defined]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_case_is_sound"
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            case.id: pool.submit(_check, case, tmp_path_factory.mktemp(case.id))
            for case in selected
        }
        yield futures
        for future in futures.values():
            future.cancel()


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_case_is_sound(case: Any, soundness: dict[str, Future[Soundness]]) -> None:
    for required in (case.trigger, case.hidden_check, case.reference_patch):
        assert required.is_file(), f"{case.id} lacks {required.name}"
    assert any((case.app_dir / name).is_file() for name in ("pyproject.toml", "requirements.txt"))
    assert (case.app_dir / "tests").is_dir()

    result = soundness[case.id].result(timeout=600)
    capture = result.capture
    # A framework may answer 500 and carry on (Flask outside testing mode), as in
    # production; then the event alone tells what was raised.
    if capture.raised is not None:
        assert capture.raised["type"] == case.error_type, capture.raised
    event = capture.event
    assert event is not None, capture.stderr[-800:]
    assert event["release"] == result.release
    exception = event["exception"]["values"][-1]
    # sentry-sdk names an exception by its qualified name: "Article.DoesNotExist".
    assert exception["type"].split(".")[-1] == case.error_type, exception["type"]
    # `python -m` adds frames of "<frozen runpy>", which sentry-sdk also calls in-app.
    in_app = [
        f
        for f in exception["stacktrace"]["frames"]
        if f.get("in_app") and os.path.isfile(f["abs_path"])
    ]
    assert bool(in_app) == case.in_app_frames, in_app
    assert all(f["abs_path"].startswith(str(result.deployed)) for f in in_app)
    assert all(f.get("context_line") is not None for f in in_app)

    own = {name: o for name, o in result.outcomes.items() if not _is_hidden(name)}
    hidden = {name: o for name, o in result.outcomes.items() if _is_hidden(name)}
    assert own, "the app has no tests"
    assert all(o == "passed" for o in own.values()), own
    assert hidden, "the hidden check collected no test"
    assert any(o == "failure" for o in hidden.values()), f"hidden check passes on the bug: {hidden}"
    assert not any(o == "error" for o in hidden.values()), hidden


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_reference_fix_passes_the_hidden_check(case: Any, tmp_path: Path) -> None:
    """The hidden check asks for nothing a careful fix could not give."""
    repo = tmp_path / "repo"
    fix_corpus.prepare_repository(case, repo)
    applied = corpus_process.run(["git", "apply", str(case.reference_patch)], repo, 60)
    assert applied.returncode == 0, applied.stderr
    fixed = _run_tests_and_hidden_check(case, repo, tmp_path / "fixed.xml")
    assert any(_is_hidden(name) for name in fixed)
    assert all(o == "passed" for o in fixed.values()), fixed
