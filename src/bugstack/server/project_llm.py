"""A project's language-model settings: what it stored, over the server-wide default.

A project stores only what it chose (``projects.llm_settings``, JSON with the names of
:class:`~bugstack.llm.settings.LlmSettings`); the environment's ``BUGSTACK_LLM_*`` fills in
the rest. The model is **off** for a project unless its own settings turn it on, or it has
stored none and the server says ``BUGSTACK_LLM_ENABLED=true``. The API key is kept sealed in
the project's credentials (``model_api_key``); the server's ``BUGSTACK_LLM_API_KEY`` is used
only for the server's own endpoint, so a project that points elsewhere never receives it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bugstack.llm.settings import LlmConfigError, LlmSettings

__all__ = ["CREDENTIAL_KEY", "ProjectModel", "project_model", "stored_choices"]

#: The key of the model's API key in a project's sealed credentials.
CREDENTIAL_KEY = "model_api_key"


@dataclass(frozen=True, slots=True)
class ProjectModel:
    """The settings to use, or why the model is not asked for this project."""

    settings: LlmSettings | None
    reason: str

    @property
    def on(self) -> bool:
        return self.settings is not None and self.settings.enabled


def stored_choices(raw: str | None) -> dict[str, Any]:
    """What the project chose itself ({} when nothing, or when the stored text is not a
    JSON object, which :func:`project_model` reports)."""
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _server_default(env: Mapping[str, str]) -> dict[str, Any]:
    if not env.get("BUGSTACK_LLM_PROVIDER", "").strip():
        return {}
    try:
        return LlmSettings.from_env(env).to_json()
    except LlmConfigError:
        # Partial server defaults (a provider and no model, say) still give what they name.
        return {"provider": env["BUGSTACK_LLM_PROVIDER"].strip().lower(),
                **({"model": env["BUGSTACK_LLM_MODEL"]} if env.get("BUGSTACK_LLM_MODEL")
                   else {}),
                **({"base_url": env["BUGSTACK_LLM_BASE_URL"]}
                   if env.get("BUGSTACK_LLM_BASE_URL") else {})}


def project_model(raw: str | None, credentials: Mapping[str, Any],
                  env: Mapping[str, str] | None = None) -> ProjectModel:
    """The effective settings of a project from its stored JSON and opened credentials."""
    env = os.environ if env is None else env
    if raw:
        try:
            chosen = json.loads(raw)
        except ValueError:
            return ProjectModel(None, "the project's model settings are not JSON")
        if not isinstance(chosen, dict):
            return ProjectModel(None, "the project's model settings are not a JSON object")
    else:
        chosen = {}
    default = _server_default(env)
    enabled = chosen.get("enabled") if "enabled" in chosen else (
        env.get("BUGSTACK_LLM_ENABLED", "").strip().lower() in ("1", "true", "yes", "on"))
    if enabled is not True:
        return ProjectModel(None, "the language model is off for this project")
    merged = {**default, **chosen, "enabled": True}
    for name in ("provider", "model"):
        if not merged.get(name):
            return ProjectModel(None, f"no {name} is named (here, or BUGSTACK_LLM_"
                                      f"{name.upper()} on the server)")
    same_endpoint = (merged.get("provider") == default.get("provider")
                     and merged.get("base_url") == default.get("base_url"))
    key = credentials.get(CREDENTIAL_KEY) or (
        env.get("BUGSTACK_LLM_API_KEY") if default and same_endpoint else None)
    try:
        settings = LlmSettings.from_json(merged, api_key=key or None)
    except LlmConfigError as exc:
        return ProjectModel(None, f"the project's model settings cannot work: {exc}")
    return ProjectModel(settings, f"{settings.provider} model {settings.model}")
