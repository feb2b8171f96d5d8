"""The official client libraries over real HTTP against the scripted server: both
protocols, streaming and not, retries on 429 and 5xx, timeouts, refusals and budgets."""

from __future__ import annotations

from typing import Any

import pytest

from bugstack.llm import Attempt, LlmSettings, MemoryLedger, Transcript, current_month
from bugstack.llm.providers import make_client
from tests.llm.scripted import ScriptedModel, error, hang, scripted_model, text

PROTOCOLS = [("openai", False), ("openai", True), ("anthropic", False), ("anthropic", True)]


def _settings(server: ScriptedModel, provider: str, stream: bool, **changes: Any
              ) -> LlmSettings:
    values: dict[str, Any] = {"provider": provider, "model": "scripted-1",
                              "base_url": server.url_for(provider), "api_key": "test-key",
                              "stream": stream, "samples": 1, "backoff_seconds": 0.01}
    values.update(changes)
    return LlmSettings(**values)


def _attempt(settings: LlmSettings, ledger: MemoryLedger | None = None,
             sleeps: list[float] | None = None) -> tuple[Attempt, Transcript]:
    transcript = Transcript()
    attempt = Attempt(settings, make_client(settings), ledger or MemoryLedger(), "shop",
                      transcript, sleep=(sleeps.append if sleeps is not None else lambda _: None))
    return attempt, transcript


@pytest.mark.parametrize(("provider", "stream"), PROTOCOLS)
def test_each_protocol_returns_the_whole_answer_and_its_usage(provider: str,
                                                              stream: bool) -> None:
    answer = "SUMMARY: fix it\n" + "x = 1\n" * 20
    with scripted_model(text(answer, input_tokens=321, output_tokens=45)) as server:
        ledger = MemoryLedger()
        attempt, transcript = _attempt(_settings(server, provider, stream), ledger)
        answers = list(attempt.answers("system words", "user words"))
    assert [a.text for a in answers] == [answer]
    exchange = transcript.exchanges[0]
    assert exchange.received == answer and exchange.error is None
    assert exchange.sent == {"system": "system words", "user": "user words"}
    request = server.requests[0]
    assert request.body["model"] == "scripted-1"
    assert bool(request.body.get("stream")) is stream
    if provider == "openai":
        assert request.path == "/v1/chat/completions"
        assert request.headers["authorization"] == "Bearer test-key"
        assert request.body["messages"][0] == {"role": "system", "content": "system words"}
    else:
        assert request.path == "/v1/messages"
        # Older clients send x-api-key, newer ones a bearer token: either carries the key.
        assert "test-key" in (request.headers.get("x-api-key"),
                              request.headers.get("authorization", "").removeprefix("Bearer "))
        assert request.body["system"] == "system words"
    if provider == "openai" and stream:
        # Chat Completions streams carry no usage unless asked: counted by estimate.
        assert exchange.estimated_tokens and exchange.input_tokens > 0
    else:
        assert (exchange.input_tokens, exchange.output_tokens) == (321, 45)
    assert ledger.used("shop", current_month()) == exchange.input_tokens + \
        exchange.output_tokens


@pytest.mark.parametrize(("provider", "stream"), PROTOCOLS)
def test_a_429_is_retried_after_the_time_the_server_asks(provider: str, stream: bool) -> None:
    with scripted_model(error(429, retry_after=0.25), error(503), text("SUMMARY: ok")) as server:
        sleeps: list[float] = []
        attempt, transcript = _attempt(_settings(server, provider, stream), sleeps=sleeps)
        answers = list(attempt.answers("s", "u"))
    assert [a.text for a in answers] == ["SUMMARY: ok"]
    assert len(server.requests) == 3
    # Retry-After is obeyed; without one the backoff starts at backoff_seconds and doubles.
    assert sleeps == [0.25, 0.02]
    assert [e.status for e in transcript.exchanges] == [429, 503, None]
    assert [e.try_number for e in transcript.exchanges] == [1, 2, 3]


def test_retries_end_after_max_retries_and_say_so() -> None:
    with scripted_model(error(500)) as server:
        attempt, transcript = _attempt(_settings(server, "openai", False, max_retries=2,
                                                 samples=3))
        assert list(attempt.answers("s", "u")) == []
    assert len(server.requests) == 3  # one try and two retries, then no more samples
    assert transcript.stopped == ["still 500 after 2 retries"]


def test_a_refusal_is_not_retried() -> None:
    with scripted_model(error(401)) as server:
        attempt, transcript = _attempt(_settings(server, "anthropic", False, samples=3))
        assert list(attempt.answers("s", "u")) == []
    assert len(server.requests) == 1
    assert transcript.stopped[0].startswith("the provider refused the request (HTTP 401")


@pytest.mark.parametrize(("provider", "stream"), [("openai", False), ("anthropic", True)])
def test_a_silent_server_times_out_within_the_attempt_budget(provider: str,
                                                             stream: bool) -> None:
    with scripted_model(hang(30)) as server:
        attempt, transcript = _attempt(_settings(server, provider, stream, samples=2,
                                                 attempt_seconds=1.5))
        assert list(attempt.answers("s", "u")) == []
    assert transcript.exchanges[0].outcome == "timed out"
    assert "time budget" in transcript.stopped[-1]


def test_the_monthly_cap_stops_requests_before_they_are_sent_and_can_be_raised() -> None:
    with scripted_model(text("SUMMARY: ok", input_tokens=100, output_tokens=50)) as server:
        ledger = MemoryLedger()
        ledger.add("shop", current_month(), 9_990)
        capped = _settings(server, "openai", False, monthly_tokens=10_000)
        attempt, transcript = _attempt(capped, ledger)
        assert list(attempt.answers("s", "u")) == []
        assert server.requests == []
        assert "monthly cap is reached (9990 of 10000" in transcript.stopped[0]
        # Raising the cap takes effect at once: usage is kept apart from the cap.
        attempt, transcript = _attempt(capped.with_changes(monthly_tokens=20_000), ledger)
        assert len(list(attempt.answers("s", "u"))) == 1
    assert len(server.requests) == 1
    assert ledger.used("shop", current_month()) == 9_990 + 150


def test_the_attempt_token_budget_bounds_samples_and_output() -> None:
    with scripted_model(text("SUMMARY: ok", input_tokens=700, output_tokens=300)) as server:
        settings = _settings(server, "openai", False, samples=5, attempt_tokens=2_200,
                             max_output_tokens=1_000)
        attempt, transcript = _attempt(settings)
        answers = list(attempt.answers("s", "u"))
    # The third request asks only for what is left of the attempt's budget (2200 - 2000
    # used - the prompt's estimate); after it nothing is left and no fourth is sent.
    assert [r.body["max_tokens"] for r in server.requests] == [1_000, 1_000, 199]
    assert len(answers) == 3
    assert "token budget is spent (3000 of 2200)" in transcript.stopped[0]


def test_an_unreachable_server_ends_the_attempt_with_the_reason() -> None:
    with scripted_model(text("unused")) as server:
        port = server.port
    settings = LlmSettings(provider="openai", model="m", base_url=f"http://127.0.0.1:{port}/v1",
                           samples=3)
    transcript = Transcript()
    attempt = Attempt(settings, make_client(settings), MemoryLedger(), "shop", transcript)
    assert list(attempt.answers("s", "u")) == []
    assert [e.outcome for e in transcript.exchanges] == ["unreachable"]
    assert transcript.stopped[0].startswith("the provider cannot be reached")
