"""A project's model settings over the server's ``BUGSTACK_LLM_*`` default."""

from __future__ import annotations

import json

from bugstack.server.project_llm import CREDENTIAL_KEY, project_model

SERVER = {"BUGSTACK_LLM_PROVIDER": "openai", "BUGSTACK_LLM_MODEL": "server-model",
          "BUGSTACK_LLM_BASE_URL": "http://models.internal/v1",
          "BUGSTACK_LLM_API_KEY": "server-key", "BUGSTACK_LLM_MONTHLY_TOKENS": "7000"}


def test_off_unless_the_project_or_the_server_turns_it_on() -> None:
    assert not project_model(None, {}, env={}).on
    assert not project_model(None, {}, env=SERVER).on  # a provider alone is only a default
    on = project_model(None, {}, env={**SERVER, "BUGSTACK_LLM_ENABLED": "true"})
    assert on.on and on.settings is not None and on.settings.model == "server-model"
    off = project_model(json.dumps({"enabled": False}), {},
                        env={**SERVER, "BUGSTACK_LLM_ENABLED": "true"})
    assert not off.on and "off for this project" in off.reason


def test_the_project_overrides_the_server_default_field_by_field() -> None:
    model = project_model(json.dumps({"enabled": True, "send_code": False, "samples": 1}),
                          {}, env=SERVER)
    assert model.settings is not None
    assert (model.settings.model, model.settings.base_url, model.settings.monthly_tokens,
            model.settings.samples, model.settings.send_code) == (
        "server-model", "http://models.internal/v1", 7000, 1, False)
    assert model.settings.api_key == "server-key"  # the server's own endpoint


def test_the_servers_key_never_goes_to_another_endpoint() -> None:
    elsewhere = json.dumps({"enabled": True, "base_url": "http://attacker.example/v1"})
    model = project_model(elsewhere, {}, env=SERVER)
    assert model.settings is not None and model.settings.api_key is None
    own = project_model(elsewhere, {CREDENTIAL_KEY: "project-key"}, env=SERVER)
    assert own.settings is not None and own.settings.api_key == "project-key"


def test_settings_that_cannot_work_say_why() -> None:
    assert "no provider is named" in project_model(json.dumps({"enabled": True}), {},
                                                   env={}).reason
    assert "not JSON" in project_model("{oops", {}, env={}).reason
    bad = project_model(json.dumps({"enabled": True, "provider": "openai", "model": "m",
                                    "samples": -1}), {}, env={})
    assert bad.settings is None and "cannot be negative" in bad.reason
