"""The engine with a model behind the scripted server: a real app in a git repository, a
real sentry-sdk event, the real client libraries over real HTTP, and the engine's own
verification deciding. A model's patch is reported fixed only when it went through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bugstack.domain import FixStatus
from bugstack.llm import LlmSettings
from bugstack.repair.candidates.llm import LlmStrategy
from bugstack.repair.pipeline import FixRequest, FixRun, run_fix
from tests.llm.scripted import Reply, ScriptedModel, error, hang, scripted_model, text
from tests.repair.apps import capture_event, make_repo

pytestmark = pytest.mark.slow

APP = {
    "shop/__init__.py": "",
    "shop/greet.py": '''
        def greeting(name: str) -> str:
            """The greeting shown on the dashboard, such as "Hello, Ada!"."""
            return f"Hello, {name.capitalise()}!"


        def farewell(name: str) -> str:
            return f"Bye, {name}"
    ''',
    "tests/__init__.py": "",
    "tests/test_greet.py": '''
        from shop.greet import farewell


        def test_farewell() -> None:
            assert farewell("ada") == "Bye, ada"
    ''',
}

FIX = '''\
SUMMARY: call str.capitalize, the method that exists
{contract}FILE: shop/greet.py
<<<<<<< SEARCH
    return f"Hello, {{name.capitalise()}}!"
=======
    return f"Hello, {{name.{method}}}!"
>>>>>>> REPLACE
'''
CONTRACT = 'CONTRACT: shop/greet.py: "such as "Hello, Ada!""\n'
GOOD = FIX.format(contract=CONTRACT, method="capitalize()")
#: Applies, parses, and still raises the same AttributeError in the same function.
STILL_BROKEN = FIX.format(contract=CONTRACT, method="strip().capitalise()")
#: Applies and passes the reproduction, but nothing in the code backs the behaviour.
UNBACKED = FIX.format(contract="", method="capitalize()")
NOT_APPLYING = GOOD.replace("name.capitalise()", "person.capitalise()")
MALFORMED = "Here is my fix: use capitalize() instead of capitalise()."


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("greet")
    repo = make_repo(root / "repo", APP)
    event = capture_event(repo, root / "srv" / "app",
                          "from shop.greet import greeting\ngreeting('ada')")
    return repo, event


def _fix(app: tuple[Path, dict[str, Any]], server: ScriptedModel, provider: str,
         stream: bool, samples: int = 1, **changes: Any) -> tuple[FixRun, LlmStrategy]:
    repo, event = app
    settings = LlmSettings(provider=provider, model="scripted-1", api_key="k",  # type: ignore[arg-type]
                           base_url=server.url_for(provider), stream=stream, samples=samples,
                           backoff_seconds=0.05, **changes)
    strategy = LlmStrategy(settings, project="greet")
    run = run_fix(FixRequest(repo=repo, event=event, timeout=60, budget=300,
                             strategies=[strategy]))
    return run, strategy


def _outcomes(strategy: LlmStrategy) -> list[str | None]:
    return [e.outcome for e in strategy.transcript.exchanges]


@pytest.mark.parametrize(("provider", "stream"), [("openai", False), ("anthropic", True)])
def test_a_good_patch_is_verified_and_reported_fixed(app: tuple[Path, dict[str, Any]],
                                                     provider: str, stream: bool) -> None:
    with scripted_model(text(GOOD)) as server:
        run, strategy = _fix(app, server, provider, stream)
    proposal = run.proposal
    assert proposal.status is FixStatus.FIXED, proposal.explanation
    assert proposal.strategy == "llm"
    assert '-    return f"Hello, {name.capitalise()}!"' in proposal.patch
    assert '+    return f"Hello, {name.capitalize()}!"' in proposal.patch
    assert proposal.regression_test is not None
    assert "'Hello, Ada!'" in proposal.regression_test
    assert proposal.checks["suite_after"]["failed"] == 0
    assert proposal.checks["regression_test_before"] == "failed"
    assert 'shop/greet.py says "such as "Hello, Ada!""' in proposal.explanation
    assert _outcomes(strategy) == ["candidate"]
    # What was sent: the crash, its code and the captured value.
    sent = server.requests[0].raw
    assert "AttributeError" in sent and "capitalise" in sent and "ada" in sent


def test_a_patch_that_applies_but_fails_the_reproduction_is_not_fixed(
        app: tuple[Path, dict[str, Any]]) -> None:
    with scripted_model(text(STILL_BROKEN)) as server:
        run, strategy = _fix(app, server, "anthropic", False)
    proposal = run.proposal
    assert proposal.status is FixStatus.NOT_FIXED
    assert proposal.patch == "" and proposal.regression_test is None
    [tried] = proposal.checks["candidates"]
    assert tried["strategy"] == "llm" and tried["holds"] is False
    assert tried["reason"] == "still raises AttributeError"
    assert _outcomes(strategy) == ["candidate"]


def test_a_lone_unbacked_patch_is_declined_not_fixed(app: tuple[Path, dict[str, Any]]) -> None:
    with scripted_model(text(UNBACKED)) as server:
        run, strategy = _fix(app, server, "openai", True)
    proposal = run.proposal
    # It passes the reproduction, but a guess nothing in the code backs is not a fix.
    assert proposal.status is FixStatus.UNVERIFIED
    assert "Declined" in proposal.explanation
    assert _outcomes(strategy) == ["candidate (no contract cited)"]


@pytest.mark.parametrize(("script", "outcome"), [
    ([text(NOT_APPLYING)], "rejected: block 1: its SEARCH text occurs nowhere in shop/greet.py"),
    ([text(MALFORMED)], "rejected: line 1: text outside the format"),
    ([hang(30)], "timed out"),
])
def test_answers_without_a_usable_patch_leave_the_error_not_fixed(
        app: tuple[Path, dict[str, Any]], script: list[Reply], outcome: str) -> None:
    with scripted_model(*script) as server:
        run, strategy = _fix(app, server, "openai", False, attempt_seconds=3)
    assert run.proposal.status is FixStatus.NOT_FIXED
    assert run.proposal.patch == ""
    assert (_outcomes(strategy)[0] or "").startswith(outcome)
    assert run.proposal.candidates_tried == 0


def test_a_429_then_a_good_patch_is_retried_and_fixed(
        app: tuple[Path, dict[str, Any]]) -> None:
    with scripted_model(error(429, retry_after=0.1), text(GOOD)) as server:
        run, strategy = _fix(app, server, "anthropic", False)
    assert run.proposal.status is FixStatus.FIXED
    assert _outcomes(strategy) == ["retrying in 0.1s", "candidate"]
    assert len(server.requests) == 2


def test_a_bad_sample_does_not_hide_a_good_one(app: tuple[Path, dict[str, Any]]) -> None:
    with scripted_model(text(MALFORMED), text(STILL_BROKEN), text(GOOD)) as server:
        run, strategy = _fix(app, server, "openai", False, samples=3)
    assert run.proposal.status is FixStatus.FIXED
    assert [o.split(":")[0] if o else o for o in _outcomes(strategy)] == [
        "rejected", "candidate", "candidate"]
    held = {c["description"].rsplit(", ", 1)[-1]: (c["holds"], c["reason"])
            for c in run.proposal.checks["candidates"]}
    assert held == {
        "sample 2)": (False, "still raises AttributeError"),
        "sample 3)": (True, "verified: reproduction passes, no new failure in the suite"),
    }
