"""Model providers behind one small interface, through their official client libraries.

* ``openai``: any OpenAI-compatible Chat Completions endpoint (OpenAI, Azure OpenAI's
  ``/openai/v1``, vLLM, Ollama, llama.cpp's server, LM Studio, gateways) at the base URL;
* ``anthropic``: the Messages API.

Both are imported only when used, so ``bugstack`` without the ``llm`` extra still works.
The libraries' own retries are turned off: :mod:`bugstack.llm.session` retries 429 and 5xx
itself, within the attempt's time budget, and records every try.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from bugstack.llm.budget import estimate_tokens
from bugstack.llm.settings import LlmConfigError, LlmSettings

__all__ = ["ModelClient", "ProviderError", "Reply", "Request", "make_client"]


@dataclass(frozen=True, slots=True)
class Request:
    system: str
    user: str
    max_tokens: int
    temperature: float
    timeout: float


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    input_tokens: int
    output_tokens: int
    #: True when the server reported no usage and the counts are estimated.
    estimated: bool = False


class ProviderError(Exception):
    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None, timed_out: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self.timed_out = timed_out

    @property
    def retryable(self) -> bool:
        """Rate limits, overload and server errors may pass; a refusal (401, 400) will not."""
        return self.status is not None and (self.status in (408, 409, 429) or self.status >= 500)


class ModelClient(Protocol):
    provider: str
    model: str
    url: str

    def complete(self, request: Request) -> Reply: ...

    def close(self) -> None: ...


def _retry_after(headers: Any) -> float | None:
    try:
        value = headers.get("retry-after")
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError, AttributeError):
        return None  # an HTTP date, or junk: the exponential backoff decides


def _usage_or_estimate(request: Request, text: str, input_tokens: int | None,
                       output_tokens: int | None) -> Reply:
    if input_tokens is None or output_tokens is None:
        return Reply(text, estimate_tokens(request.system + request.user),
                     estimate_tokens(text), estimated=True)
    return Reply(text, input_tokens, output_tokens)


class OpenAIChat:
    provider = "openai"

    def __init__(self, settings: LlmSettings) -> None:
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise LlmConfigError("the openai provider needs `pip install bugstack[llm]`") from exc
        self._openai = openai
        self.model = settings.model
        self.stream = settings.stream
        # Local servers take any key; the client insists on one.
        self._client = openai.OpenAI(api_key=settings.api_key or "not-needed",
                                     base_url=settings.base_url, max_retries=0)
        self.url = str(self._client.base_url)

    def close(self) -> None:
        self._client.close()

    def complete(self, request: Request) -> Reply:
        messages: Any = [{"role": "system", "content": request.system},
                         {"role": "user", "content": request.user}]
        openai = self._openai
        try:
            if self.stream:
                chunks = self._client.chat.completions.create(
                    model=self.model, messages=messages, max_tokens=request.max_tokens,
                    temperature=request.temperature, timeout=request.timeout, stream=True,
                )
                return self._collect(request, chunks)
            response = self._client.chat.completions.create(
                model=self.model, messages=messages, max_tokens=request.max_tokens,
                temperature=request.temperature, timeout=request.timeout,
            )
        except openai.APITimeoutError as exc:
            raise ProviderError(f"no answer within {request.timeout:g}s",
                                timed_out=True) from exc
        except openai.APIStatusError as exc:
            raise ProviderError(f"HTTP {exc.status_code}: {exc.message}"[:500],
                                status=exc.status_code,
                                retry_after=_retry_after(exc.response.headers)) from exc
        except openai.APIConnectionError as exc:
            raise ProviderError(f"cannot reach {self.url}: {exc}", status=None) from exc
        if not response.choices:
            raise ProviderError("the answer has no choices")
        text = response.choices[0].message.content or ""
        usage = response.usage
        return _usage_or_estimate(request, text, usage.prompt_tokens if usage else None,
                                  usage.completion_tokens if usage else None)

    def _collect(self, request: Request, chunks: Iterable[Any]) -> Reply:
        parts: list[str] = []
        prompt_tokens: int | None = None
        completion_tokens: int | None = None
        try:
            for chunk in chunks:
                if chunk.choices and chunk.choices[0].delta.content:
                    parts.append(chunk.choices[0].delta.content)
                if getattr(chunk, "usage", None) is not None:
                    prompt_tokens = chunk.usage.prompt_tokens
                    completion_tokens = chunk.usage.completion_tokens
        except self._openai.APITimeoutError as exc:
            raise ProviderError("the stream stopped before it ended", timed_out=True) from exc
        except self._openai.APIError as exc:
            raise ProviderError(f"the stream broke: {exc}") from exc
        return _usage_or_estimate(request, "".join(parts), prompt_tokens, completion_tokens)


class AnthropicMessages:
    """The Messages API. No temperature is sent: the current Messages API no longer
    takes one, and the samples differ anyway."""

    provider = "anthropic"

    def __init__(self, settings: LlmSettings) -> None:
        try:
            import anthropic
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise LlmConfigError(
                "the anthropic provider needs `pip install bugstack[llm]`"
            ) from exc
        self._anthropic = anthropic
        self.model = settings.model
        self.stream = settings.stream
        self._client = anthropic.Anthropic(api_key=settings.api_key or "not-needed",
                                           base_url=settings.base_url, max_retries=0)
        self.url = str(self._client.base_url)

    def close(self) -> None:
        self._client.close()

    def complete(self, request: Request) -> Reply:
        anthropic = self._anthropic
        messages: Any = [{"role": "user", "content": request.user}]
        try:
            if self.stream:
                events = self._client.messages.create(
                    model=self.model, system=request.system, messages=messages,
                    max_tokens=request.max_tokens, timeout=request.timeout, stream=True,
                )
                return self._collect(request, events)
            message = self._client.messages.create(
                model=self.model, system=request.system, messages=messages,
                max_tokens=request.max_tokens, timeout=request.timeout,
            )
        except anthropic.APITimeoutError as exc:
            raise ProviderError(f"no answer within {request.timeout:g}s",
                                timed_out=True) from exc
        except anthropic.APIStatusError as exc:
            raise ProviderError(f"HTTP {exc.status_code}: {exc.message}"[:500],
                                status=exc.status_code,
                                retry_after=_retry_after(exc.response.headers)) from exc
        except anthropic.APIConnectionError as exc:
            raise ProviderError(f"cannot reach {self.url}: {exc}") from exc
        text = "".join(block.text for block in message.content if block.type == "text")
        return Reply(text, message.usage.input_tokens, message.usage.output_tokens)

    def _collect(self, request: Request, events: Iterable[Any]) -> Reply:
        parts: list[str] = []
        input_tokens: int | None = None
        output_tokens: int | None = None
        try:
            for event in events:
                if event.type == "message_start":
                    input_tokens = event.message.usage.input_tokens
                elif event.type == "content_block_delta" and event.delta.type == "text_delta":
                    parts.append(event.delta.text)
                elif event.type == "message_delta":
                    output_tokens = event.usage.output_tokens
        except self._anthropic.APITimeoutError as exc:
            raise ProviderError("the stream stopped before it ended", timed_out=True) from exc
        except self._anthropic.APIError as exc:
            raise ProviderError(f"the stream broke: {exc}") from exc
        return _usage_or_estimate(request, "".join(parts), input_tokens, output_tokens)


def make_client(settings: LlmSettings) -> ModelClient:
    if settings.provider == "anthropic":
        return AnthropicMessages(settings)
    return OpenAIChat(settings)
