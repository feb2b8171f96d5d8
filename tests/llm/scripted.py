"""A model server on loopback with scripted answers, speaking each provider's wire protocol.

It serves ``POST /v1/chat/completions`` (OpenAI Chat Completions) and ``POST /v1/messages``
(Anthropic Messages), each as a JSON body or, when the request asks for ``"stream": true``,
as server-sent events in the provider's own event shapes. It checks what the protocols
require of a request (model, messages, Anthropic's version header and ``max_tokens``),
records every request, and answers from a script: text, an HTTP error with headers, or
silence for a while (a timeout for the client).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Reply", "ScriptedModel", "error", "hang", "scripted_model", "text"]


@dataclass(frozen=True)
class Reply:
    text: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds to stay silent before answering (the client should time out first).
    hang: float = 0.0
    input_tokens: int = 120
    output_tokens: int = 40


def text(answer: str, **kwargs: Any) -> Reply:
    return Reply(text=answer, **kwargs)


def error(status: int, retry_after: float | None = None) -> Reply:
    headers = {"retry-after": f"{retry_after:g}"} if retry_after is not None else {}
    return Reply(status=status, headers=headers)


def hang(seconds: float) -> Reply:
    return Reply(hang=seconds, text="SUMMARY: too late")


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: str


class ScriptedModel:
    def __init__(self, script: list[Reply]) -> None:
        self.script = list(script)
        self.requests: list[Received] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def openai_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def anthropic_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url_for(self, provider: str) -> str:
        return self.openai_url if provider == "openai" else self.anthropic_url

    def next_reply(self) -> Reply:
        with self._lock:
            # The last step repeats, so "always this answer" is a one-step script.
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        model = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                try:
                    body = json.loads(raw)
                except ValueError:
                    self._json(400, {"error": {"message": "body is not JSON"}})
                    return
                model.requests.append(Received(self.path, {k.lower(): v for k, v in
                                                           self.headers.items()}, body, raw))
                problem = _invalid(self.path, self.headers, body)
                if problem is not None:
                    self._json(problem[0], {"error": {"type": "invalid_request_error",
                                                      "message": problem[1]}})
                    return
                reply = model.next_reply()
                if reply.hang and model.stopping.wait(reply.hang):
                    return
                if reply.status != 200:
                    kind = "rate_limit_error" if reply.status == 429 else "api_error"
                    self._json(reply.status, {"type": "error", "error": {
                        "type": kind, "message": f"scripted {reply.status}"}}, reply.headers)
                    return
                anthropic = self.path.startswith("/v1/messages")
                if body.get("stream"):
                    events = _anthropic_events(body, reply) if anthropic \
                        else _openai_chunks(body, reply)
                    self._stream(events)
                else:
                    self._json(200, _anthropic_message(body, reply) if anthropic
                               else _openai_completion(body, reply))

            def _json(self, status: int, data: dict[str, Any],
                      headers: dict[str, str] | None = None) -> None:
                payload = json.dumps(data).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, events: list[str]) -> None:
                try:
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                    self.send_header("cache-control", "no-cache")
                    self.end_headers()
                    for event in events:
                        self.wfile.write(event.encode())
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler

    def __enter__(self) -> ScriptedModel:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _invalid(path: str, headers: Any, body: dict[str, Any]) -> tuple[int, str] | None:
    if path == "/v1/chat/completions":
        if not isinstance(body.get("model"), str) or not isinstance(body.get("messages"), list):
            return 400, "model and messages are required"
        return None
    if path == "/v1/messages":
        if not headers.get("anthropic-version"):
            return 400, "anthropic-version header is required"
        if not (headers.get("x-api-key") or headers.get("authorization", "").startswith("Bearer ")):
            return 401, "an x-api-key or bearer authorization header is required"
        if not isinstance(body.get("max_tokens"), int) or not isinstance(
            body.get("messages"), list
        ):
            return 400, "max_tokens and messages are required"
        return None
    return 404, f"no route {path}"


def _openai_completion(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion", "created": 1_700_000_000,
        "model": body["model"],
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": reply.text}}],
        "usage": {"prompt_tokens": reply.input_tokens,
                  "completion_tokens": reply.output_tokens,
                  "total_tokens": reply.input_tokens + reply.output_tokens},
    }


def _pieces(answer: str, size: int = 17) -> list[str]:
    return [answer[i:i + size] for i in range(0, len(answer), size)] or [""]


def _openai_chunks(body: dict[str, Any], reply: Reply) -> list[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        data = {"id": "chatcmpl-scripted", "object": "chat.completion.chunk",
                "created": 1_700_000_000, "model": body["model"],
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(data)}\n\n"

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": piece}) for piece in _pieces(reply.text)]
    events.append(chunk({}, "stop"))
    return [*events, "data: [DONE]\n\n"]


def _anthropic_message(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    return {
        "id": "msg_scripted", "type": "message", "role": "assistant", "model": body["model"],
        "content": [{"type": "text", "text": reply.text}],
        "stop_reason": "end_turn", "stop_sequence": None,
        "usage": {"input_tokens": reply.input_tokens, "output_tokens": reply.output_tokens},
    }


def _anthropic_events(body: dict[str, Any], reply: Reply) -> list[str]:
    def event(name: str, data: dict[str, Any]) -> str:
        return f"event: {name}\ndata: {json.dumps({'type': name, **data})}\n\n"

    start = {"id": "msg_scripted", "type": "message", "role": "assistant",
             "model": body["model"], "content": [], "stop_reason": None,
             "stop_sequence": None,
             "usage": {"input_tokens": reply.input_tokens, "output_tokens": 1}}
    events = [event("message_start", {"message": start}),
              event("content_block_start", {"index": 0,
                                            "content_block": {"type": "text", "text": ""}})]
    events += [event("content_block_delta", {"index": 0, "delta": {"type": "text_delta",
                                                                   "text": piece}})
               for piece in _pieces(reply.text)]
    events += [event("content_block_stop", {"index": 0}),
               event("message_delta", {"delta": {"stop_reason": "end_turn",
                                                 "stop_sequence": None},
                                       "usage": {"output_tokens": reply.output_tokens}}),
               event("message_stop", {})]
    return events


@contextmanager
def scripted_model(*script: Reply) -> Iterator[ScriptedModel]:
    with ScriptedModel(list(script)) as server:
        yield server
