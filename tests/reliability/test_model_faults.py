"""A model provider that fails: 5xx, 429 (with and without Retry-After), silence past the
timeout, a refused connection. Each is retried with backoff where that can help, within
the attempt's budget, then reported in the transcript; nothing raises into the engine,
and a fix whose model is down still ends with the engine's own answer.

The provider is the scripted server on loopback speaking each protocol, reached by the
real ``openai`` and ``anthropic`` clients (their own retries off: every try is recorded).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bugstack.domain import FixStatus
from bugstack.llm import Attempt, LlmSettings, MemoryLedger, Transcript, current_month
from bugstack.llm.providers import make_client
from bugstack.repair.candidates.llm import LlmStrategy
from bugstack.repair.pipeline import FixRequest, run_fix
from tests.llm.apps import VERSIONS_APP, VERSIONS_TRIGGER
from tests.llm.scripted import Reply, ScriptedModel, error, hang, scripted_model, text
from tests.reliability.conftest import Figures
from tests.repair.apps import capture_event, make_repo

PROVIDERS = ("openai", "anthropic")
ANSWER = "NO FIX: scripted"


def _settings(url: str, provider: str, **changes: object) -> LlmSettings:
    values: dict[str, object] = {"samples": 1, "max_retries": 3, "backoff_seconds": 0.05,
                                 "attempt_seconds": 60.0, **changes}
    return LlmSettings(provider=provider, model="scripted-1", api_key="k",  # type: ignore[arg-type]
                       base_url=url, **values)  # type: ignore[arg-type]


def _ask(settings: LlmSettings, ledger: MemoryLedger | None = None
         ) -> tuple[list[str], Transcript]:
    transcript = Transcript()
    client = make_client(settings)
    try:
        answers = [a.text for a in Attempt(settings, client, ledger or MemoryLedger(), "shop",
                                           transcript).answers("system", "user")]
    finally:
        client.close()
    return answers, transcript


def _run(model: ScriptedModel, provider: str, **changes: object
         ) -> tuple[list[str], Transcript, MemoryLedger]:
    ledger = MemoryLedger()
    answers, transcript = _ask(_settings(model.url_for(provider), provider, **changes), ledger)
    return answers, transcript, ledger


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("status", [500, 502, 503, 529])
def test_server_errors_are_retried_with_backoff_then_answered(
        provider: str, status: int, figures: Figures) -> None:
    with scripted_model(error(status), error(status), text(ANSWER)) as model:
        answers, transcript, ledger = _run(model, provider)
    outcomes = [e.outcome for e in transcript.exchanges]
    held = answers == [ANSWER] and outcomes == ["retrying in 0.05s", "retrying in 0.1s", None]
    figures.attempt("fault", f"{provider}: {status} twice, then an answer", held,
                    f"outcomes {outcomes}")
    assert answers == [ANSWER]
    # The backoff doubles: 0.05 s, then 0.1 s; the answer is the third try.
    assert outcomes == ["retrying in 0.05s", "retrying in 0.1s", None]
    assert [e.status for e in transcript.exchanges[:2]] == [status, status]
    assert ledger.used("shop", current_month()) == 160  # only the answer is counted


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_rate_limit_waits_what_the_provider_asks(provider: str, figures: Figures) -> None:
    with scripted_model(error(429, retry_after=0.3), text(ANSWER)) as model:
        answers, transcript, _ = _run(model, provider)
    first = transcript.exchanges[0]
    held = answers == [ANSWER] and first.outcome == "retrying in 0.3s"
    figures.attempt("fault", f"{provider}: 429 with Retry-After", held, str(first.outcome))
    assert answers == [ANSWER] and first.status == 429
    assert first.outcome == "retrying in 0.3s"  # Retry-After wins over the backoff


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_provider_that_stays_down_is_reported_after_the_retries(
        provider: str, figures: Figures) -> None:
    with scripted_model(error(503)) as model:
        answers, transcript, ledger = _run(model, provider, samples=3)
    stopped = transcript.stopped
    held = (answers == [] and len(model.requests) == 4
            and stopped == ["still 503 after 3 retries"])
    figures.attempt("fault", f"{provider}: 503 on every request", held, f"stopped {stopped}")
    assert answers == []
    assert len(model.requests) == 4  # one try and three retries, then no other sample
    assert stopped == ["still 503 after 3 retries"]
    assert transcript.exchanges[-1].outcome == "gave up"
    assert ledger.used("shop", current_month()) == 0  # reservations given back


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_rate_limit_longer_than_the_budget_is_not_waited_for(
        provider: str, figures: Figures) -> None:
    with scripted_model(error(429, retry_after=3600)) as model:
        answers, transcript, _ = _run(model, provider, attempt_seconds=30.0)
    held = answers == [] and len(model.requests) == 1 and "more than the attempt's time" \
        in transcript.stopped[0]
    figures.attempt("fault", f"{provider}: 429 asking to wait an hour", held,
                    transcript.stopped[0] if transcript.stopped else "")
    assert answers == [] and len(model.requests) == 1
    assert "the provider asked to wait 3600s, more than the attempt's time budget" \
        in transcript.stopped[0]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_silence_times_out_and_the_next_sample_is_tried(
        provider: str, figures: Figures) -> None:
    # The first request hangs past the attempt's whole budget; its client timeout is
    # the time left, so the attempt ends there instead of waiting for the server.
    with scripted_model(hang(120), text(ANSWER)) as model:
        answers, transcript, _ = _run(model, provider, samples=2, attempt_seconds=4.0)
    outcomes = [e.outcome for e in transcript.exchanges]
    held = outcomes[:1] == ["timed out"] and not transcript.exchanges[0].received
    figures.attempt("fault", f"{provider}: no answer within the attempt's time", held,
                    f"outcomes {outcomes}, stopped {transcript.stopped}")
    assert outcomes[0] == "timed out"
    # Time is spent: the second sample is not started, and the stop says why.
    assert answers == [] and "time budget" in transcript.stopped[-1]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_refused_connection_is_reported_not_retried(provider: str, figures: Figures) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, not listening: connections are refused
        base = f"http://127.0.0.1:{port}" + ("/v1" if provider == "openai" else "")
        answers, transcript = _ask(_settings(base, provider))
    held = answers == [] and transcript.exchanges[0].outcome == "unreachable"
    figures.attempt("fault", f"{provider}: connection refused", held,
                    transcript.stopped[0] if transcript.stopped else "")
    assert answers == [] and len(transcript.exchanges) == 1
    assert transcript.stopped[0].startswith("the provider cannot be reached")




@pytest.mark.slow
def test_a_fix_whose_model_is_down_ends_with_the_engines_own_answer(
        tmp_path: Path, figures: Figures) -> None:
    repo = make_repo(tmp_path / "repo", VERSIONS_APP)
    event = capture_event(repo, tmp_path / "deployed", VERSIONS_TRIGGER)
    with scripted_model(Reply(status=502)) as model:
        strategy = LlmStrategy(_settings(model.openai_url, "openai", samples=2))
        run = run_fix(FixRequest(repo=repo, event=event, timeout=60, budget=300,
                                 strategies=[strategy]))
    stopped = strategy.transcript.stopped
    held = run.proposal.status is FixStatus.NOT_FIXED and stopped == \
        ["still 502 after 3 retries"]
    figures.attempt("fault", "the whole engine with its model answering 502", held,
                    f"{run.proposal.status}: {stopped}")
    assert run.proposal.status is FixStatus.NOT_FIXED
    assert stopped == ["still 502 after 3 retries"] and len(model.requests) == 4
