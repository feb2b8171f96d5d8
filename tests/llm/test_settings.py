"""Settings from the environment and from a project's JSON, and their clear refusals."""

from __future__ import annotations

import json

import pytest

from bugstack.llm import LlmConfigError, LlmSettings


def test_from_env_reads_the_four_variables_and_optional_limits() -> None:
    settings = LlmSettings.from_env({
        "BUGSTACK_LLM_PROVIDER": "OpenAI", "BUGSTACK_LLM_MODEL": "qwen2.5-coder",
        "BUGSTACK_LLM_BASE_URL": "http://127.0.0.1:11434/v1", "BUGSTACK_LLM_API_KEY": "k-1",
        "BUGSTACK_LLM_SAMPLES": "5", "BUGSTACK_LLM_SEND_CODE": "no",
        "BUGSTACK_LLM_ATTEMPT_SECONDS": "30.5",
    })
    assert (settings.provider, settings.model, settings.base_url, settings.api_key) == (
        "openai", "qwen2.5-coder", "http://127.0.0.1:11434/v1", "k-1")
    assert (settings.samples, settings.send_code, settings.attempt_seconds) == (5, False, 30.5)
    assert "k-1" not in repr(settings)


@pytest.mark.parametrize(("env", "reason"), [
    ({}, "BUGSTACK_LLM_PROVIDER is not set"),
    ({"BUGSTACK_LLM_PROVIDER": "gemini", "BUGSTACK_LLM_MODEL": "m"}, "unknown provider"),
    ({"BUGSTACK_LLM_PROVIDER": "anthropic"}, "no model is named"),
    ({"BUGSTACK_LLM_PROVIDER": "openai", "BUGSTACK_LLM_MODEL": "m",
      "BUGSTACK_LLM_BASE_URL": "localhost:8080"}, "is not an http(s) URL"),
    ({"BUGSTACK_LLM_PROVIDER": "openai", "BUGSTACK_LLM_MODEL": "m",
      "BUGSTACK_LLM_SAMPLES": "three"}, "BUGSTACK_LLM_SAMPLES='three' is not a int"),
])
def test_from_env_refuses_what_cannot_work(env: dict[str, str], reason: str) -> None:
    with pytest.raises(LlmConfigError) as caught:
        LlmSettings.from_env(env)
    assert reason in str(caught.value)


def test_json_round_trip_keeps_the_key_apart() -> None:
    settings = LlmSettings(provider="anthropic", model="claude-x", api_key="secret-key",
                           send_code=False, monthly_tokens=5_000)
    stored = json.dumps(settings.to_json())
    assert "secret-key" not in stored
    again = LlmSettings.from_json(stored, api_key="secret-key")
    assert again == settings


@pytest.mark.parametrize(("data", "reason"), [
    ("{not json", "not JSON"),
    ("[]", "must be a JSON object"),
    ({"provider": "openai"}, "need 'model'"),
    ({"provider": "openai", "model": "m", "samples": "3"}, "'samples' must be int"),
    ({"provider": "openai", "model": "m", "send_code": 1}, "'send_code' must be bool"),
    ({"provider": "openai", "model": "m", "api_key": "x"}, "unknown model settings: api_key"),
    ({"provider": "openai", "model": "m", "monthly_tokens": -1}, "cannot be negative"),
])
def test_from_json_refuses_bad_settings(data: object, reason: str) -> None:
    with pytest.raises(LlmConfigError) as caught:
        LlmSettings.from_json(data)  # type: ignore[arg-type]
    assert reason in str(caught.value)
