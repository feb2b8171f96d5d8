"""What leaves the machine: the analysis with secrets scrubbed, no code at all when the
project forbids it, and nothing when the model is turned off (as the server received it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.llm import LlmSettings, scrub_source, scrub_text
from bugstack.repair.analyse import Analysis, analyse
from bugstack.repair.candidates.llm import LlmStrategy
from bugstack.repair.workspace import locate_frames, prepare_workspace
from tests.llm.scripted import ScriptedModel, scripted_model, text
from tests.repair.apps import capture_event, make_repo

SECRET = "sk-live-4f0c9d2e7b1a3c5d"
APP = {
    "billing/__init__.py": "",
    "billing/fees.py": f'''
        PAYMENT_API_KEY = "{SECRET}"
        FEES = {{"card": 30, "transfer": 0}}


        def fee_for(method: str, note: str) -> int:
            """The fee in cents for a payment method."""
            return FEES[method]
    ''',
}


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrashSite, Analysis]]:
    root = tmp_path_factory.mktemp("billing")
    repo = make_repo(root / "repo", APP)
    event = capture_event(repo, root / "srv" / "app", "from billing.fees import fee_for\n"
                          "fee_for('cash', note='password=hunter22 from the till')")
    workspace = prepare_workspace(repo, ErrorEvent.from_dict(event).release)
    try:
        site = locate_frames(workspace, ErrorEvent.from_dict(event))
        yield site, analyse(site, workspace.path)
    finally:
        workspace.remove()


def _sent(server: ScriptedModel) -> str:
    body: dict[str, Any] = server.requests[0].body
    parts = [m["content"] for m in body["messages"]] + [body.get("system", "")]
    return "\n".join(parts)


def _propose(crash: tuple[CrashSite, Analysis], server: ScriptedModel, provider: str,
             **changes: Any) -> LlmStrategy:
    settings = LlmSettings(provider=provider, model="m", base_url=server.url_for(provider),  # type: ignore[arg-type]
                           api_key="k", samples=1, **changes)
    strategy = LlmStrategy(settings)
    list(strategy.propose(*crash))
    return strategy


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_the_analysis_is_sent_with_secrets_scrubbed(crash: tuple[CrashSite, Analysis],
                                                    provider: str) -> None:
    with scripted_model(text("NO FIX: scripted")) as server:
        strategy = _propose(crash, server, provider)
    sent = _sent(server)
    assert "KeyError: 'cash'" in sent
    assert 'return FEES[method]' in sent and "def fee_for(method: str, note: str)" in sent
    assert "The key 'cash' is missing" in sent  # the engine's own analysis
    assert "method = 'cash'" in sent
    assert SECRET not in server.requests[0].raw and "hunter22" not in server.requests[0].raw
    assert 'PAYMENT_API_KEY = "[scrubbed]"' in sent
    assert strategy.transcript.exchanges[0].outcome == "no fix: scripted"


def test_with_send_code_off_nothing_of_the_code_is_sent(
        crash: tuple[CrashSite, Analysis]) -> None:
    with scripted_model(text("NO FIX: no code")) as server:
        _propose(crash, server, "openai", send_code=False)
    sent = _sent(server)
    assert "KeyError: 'cash'" in sent and "billing/fees.py:7 in `fee_for`" in sent
    source = APP["billing/fees.py"]
    for line in source.splitlines():
        words = line.strip()
        if len(words) > 6:
            assert words not in sent, words
    assert "FEES" not in sent and "method" not in sent.split("## Where")[1]


def test_a_project_that_turned_the_model_off_sends_nothing(
        crash: tuple[CrashSite, Analysis]) -> None:
    with scripted_model(text("SUMMARY: never asked")) as server:
        strategy = _propose(crash, server, "anthropic", enabled=False)
    assert server.requests == []
    assert strategy.transcript.stopped == ["the language model is turned off for this project"]


def test_the_transcript_records_what_was_sent_and_received(
        crash: tuple[CrashSite, Analysis]) -> None:
    with scripted_model(text("NO FIX: scripted", input_tokens=11, output_tokens=7)) as server:
        strategy = _propose(crash, server, "anthropic")
    record = json.loads(json.dumps(strategy.transcript.to_json()))
    [exchange] = record["exchanges"]
    assert exchange["sent"]["user"] == _sent(server).split("\n" + exchange["sent"]["system"])[0]
    assert exchange["received"] == "NO FIX: scripted"
    assert (exchange["input_tokens"], exchange["output_tokens"]) == (11, 7)
    assert exchange["url"].startswith("http://127.0.0.1:") and record["tokens"] == 18


def test_scrubbing_keeps_code_intact_but_for_secret_literals() -> None:
    code = 'password = request.form["password"]\nDB_PASSWORD = "pa55word!"\nname = "ada"\n'
    assert scrub_source(code) == ('password = request.form["password"]\n'
                                  'DB_PASSWORD = "[scrubbed]"\nname = "ada"\n')
    assert scrub_text("failed with token=abc123def456 for ghp_" + "a" * 30) == \
        "failed with token=[scrubbed] for [scrubbed]"

