"""How a project (or one command-line run) lets a language model propose fixes.

Off unless asked for. The command line and the server read the environment
(``BUGSTACK_LLM_PROVIDER``, ``BUGSTACK_LLM_BASE_URL``, ``BUGSTACK_LLM_MODEL``,
``BUGSTACK_LLM_API_KEY``); a project keeps the same settings as JSON in its row, with the
key apart, in the encrypted credentials. Every limit is a plain field, so a cap reached
today can be raised today: nothing remembers the old value.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal, cast

__all__ = ["PROVIDERS", "LlmConfigError", "LlmSettings"]

Provider = Literal["openai", "anthropic"]
PROVIDERS: tuple[Provider, ...] = ("openai", "anthropic")
ASK_MODES = ("unbacked", "always")


class LlmConfigError(ValueError):
    """Settings that cannot work, with the reason in words."""


@dataclass(frozen=True, slots=True)
class LlmSettings:
    provider: Provider
    model: str
    #: None: the provider's own endpoint. Any OpenAI-compatible server (vLLM, Ollama,
    #: llama.cpp, LM Studio, a gateway) is reached by its ``.../v1`` URL.
    base_url: str | None = None
    #: Never printed, never written by :meth:`to_json` (it lives in encrypted credentials).
    api_key: str | None = field(default=None, repr=False)
    enabled: bool = True
    #: False: the model is told the exception and the frames' locations, no code at all.
    send_code: bool = True
    stream: bool = False
    #: "unbacked": ask only when no guide or template proposes a fix the code's contract
    #: backs (the model's tokens go to the errors the engine cannot settle); "always".
    ask: str = "unbacked"
    #: Answers asked for per attempt (one request each, so any server can serve them).
    samples: int = 3
    temperature: float = 0.2
    max_output_tokens: int = 2048
    #: Limits of one attempt (one error, all its samples): tokens in and out, and time.
    attempt_tokens: int = 40_000
    attempt_seconds: float = 180.0
    #: Hard cap of tokens per project per calendar month (UTC); 0 allows no request.
    monthly_tokens: int = 2_000_000
    #: Retries of one request answered 429 or 5xx, with exponential backoff.
    max_retries: int = 3
    backoff_seconds: float = 1.0

    def __post_init__(self) -> None:
        if self.provider not in PROVIDERS:
            raise LlmConfigError(
                f"unknown provider {self.provider!r}: use one of {', '.join(PROVIDERS)}"
            )
        if not self.model.strip():
            raise LlmConfigError("no model is named (BUGSTACK_LLM_MODEL or \"model\")")
        if self.base_url is not None and not self.base_url.startswith(("http://", "https://")):
            raise LlmConfigError(f"the base URL {self.base_url!r} is not an http(s) URL")
        for name in ("samples", "max_output_tokens", "attempt_tokens", "monthly_tokens",
                     "max_retries"):
            if getattr(self, name) < 0:
                raise LlmConfigError(f"{name} cannot be negative")
        if self.ask not in ASK_MODES:
            raise LlmConfigError(f"ask must be one of {', '.join(ASK_MODES)}, not {self.ask!r}")
        if self.attempt_seconds <= 0 or self.backoff_seconds < 0:
            raise LlmConfigError("attempt_seconds must be positive and backoff not negative")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> LlmSettings:
        """Settings from ``BUGSTACK_LLM_*``; :class:`LlmConfigError` names what is missing."""
        env = os.environ if env is None else env
        provider = env.get("BUGSTACK_LLM_PROVIDER", "").strip().lower()
        if not provider:
            raise LlmConfigError("BUGSTACK_LLM_PROVIDER is not set (openai or anthropic)")
        values: dict[str, Any] = {
            "provider": provider,
            "model": env.get("BUGSTACK_LLM_MODEL", ""),
            "base_url": env.get("BUGSTACK_LLM_BASE_URL") or None,
            "api_key": env.get("BUGSTACK_LLM_API_KEY") or None,
        }
        # Optional limits, by the field's name: BUGSTACK_LLM_SAMPLES, ..._MONTHLY_TOKENS.
        for spec in fields(cls):
            raw = env.get(f"BUGSTACK_LLM_{spec.name.upper()}")
            if raw is not None and spec.name not in values:
                values[spec.name] = _parse_field(spec.name, raw)
        return cls(**values)

    @classmethod
    def from_json(cls, data: str | Mapping[str, Any], api_key: str | None = None
                  ) -> LlmSettings:
        """Settings as a project stores them (see :meth:`to_json`), with the key given
        apart because it is stored encrypted."""
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise LlmConfigError(f"the model settings are not JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise LlmConfigError("the model settings must be a JSON object")
        known = {spec.name for spec in fields(cls)} - {"api_key"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise LlmConfigError(f"unknown model settings: {', '.join(unknown)}")
        for name in ("provider", "model"):
            if not isinstance(data.get(name), str):
                raise LlmConfigError(f"the model settings need {name!r} as text")
        values = {name: _check_type(name, value) for name, value in data.items()}
        return cls(**values, api_key=api_key)

    def to_json(self) -> dict[str, Any]:
        """Everything but the key, for the project's row."""
        data = asdict(self)
        del data["api_key"]
        return data

    def with_changes(self, **changes: Any) -> LlmSettings:
        return replace(self, **changes)


_BOOLS = {"1": True, "true": True, "yes": True, "on": True,
          "0": False, "false": False, "no": False, "off": False}


def _field_type(name: str) -> str:
    return next(str(spec.type) for spec in fields(LlmSettings) if spec.name == name)


def _parse_field(name: str, raw: str) -> Any:
    kind = _field_type(name)
    try:
        if kind == "bool":
            return _BOOLS[raw.strip().lower()]
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except (KeyError, ValueError) as exc:
        raise LlmConfigError(f"BUGSTACK_LLM_{name.upper()}={raw!r} is not a {kind}") from exc
    return raw


def _check_type(name: str, value: Any) -> Any:
    kind = _field_type(name)
    ok = {
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, int | float) and not isinstance(value, bool),
    }.get(kind, isinstance(value, str) or (value is None and "None" in kind))
    if not ok:
        raise LlmConfigError(f"the model setting {name!r} must be {kind}, not {value!r}")
    return cast(Any, value)
