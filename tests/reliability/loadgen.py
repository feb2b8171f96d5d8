"""Many concurrent clients sending a mix of good and bad envelopes to a real server.

Each client is a thread with its own HTTP connection. Every request is one of the kinds
below, picked at random with fixed weights, and what the server answered is kept with it
so a test can check that every answer was the one the SDK can act on, and that every event
answered 200 is in the database exactly once.
"""

from __future__ import annotations

import gzip
import json
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from tests.support.envelopes import error_event, event_envelope, make_envelope
from tests.support.server import ProjectInfo

__all__ = ["EXPECTED", "LoadClients", "Sent", "percentile"]

#: What each kind of request must be answered, and how often it is sent (weight).
EXPECTED: dict[str, tuple[frozenset[int], int]] = {
    "valid": (frozenset({200}), 60),
    "duplicate": (frozenset({200}), 12),  # an event_id sent before, by any client
    "twin": (frozenset({200}), 3),  # one envelope holding the same event twice
    "no_key": (frozenset({401}), 3),
    "unknown_key": (frozenset({401}), 3),
    "other_project": (frozenset({403}), 3),
    "malformed_json": (frozenset({400}), 3),
    "bad_gzip": (frozenset({400}), 3),
    "oversized": (frozenset({413}), 2),  # over the 1 MiB event limit once decompressed
    "rate_limited": (frozenset({200, 429}), 8),  # a project limited to one event a minute
}
_KINDS = list(EXPECTED)
_WEIGHTS = [EXPECTED[kind][1] for kind in _KINDS]


@dataclass(frozen=True, slots=True)
class Sent:
    kind: str
    event_id: str | None
    status: int  # 0: no answer (connection refused or cut)
    retry_after: str | None
    seconds: float


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass
class LoadClients:
    url: str
    main: ProjectInfo
    other: ProjectInfo
    limited: ProjectInfo  # created with a low rate limit, so 429s are part of the mix
    clients: int = 12
    seed: int = 20261125
    kinds: list[str] = field(default_factory=lambda: list(_KINDS))
    sent: list[Sent] = field(default_factory=list)
    elapsed: float = 0.0  # seconds the last run took
    _ids: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def run(self, seconds: float, stop: threading.Event | None = None,
            on_answer: Callable[[Sent], None] | None = None, at_least: int = 0,
            longest: float | None = None) -> list[Sent]:
        """Send for ``seconds`` (or until ``stop`` is set); every request's outcome.

        With ``at_least``, go on past ``seconds`` until that many requests were answered
        200, for ``longest`` seconds at most: on a machine busy with other work, a fixed
        time can hold too few requests to show anything.
        """
        stop = stop or threading.Event()
        started = time.monotonic()
        deadline = started + seconds
        last = started + (longest or seconds)
        weights = [EXPECTED[kind][1] for kind in self.kinds]

        def more() -> bool:
            now = time.monotonic()
            if stop.is_set() or now >= last:
                return False
            if now < deadline:
                return True
            with self._lock:
                return sum(1 for s in self.sent if s.status == 200) < at_least

        threads = [threading.Thread(target=self._client, daemon=True,
                                    args=(random.Random(self.seed + n), weights, more,
                                          stop, on_answer))
                   for n in range(self.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(max(seconds, longest or 0) + 120)
        self.elapsed = time.monotonic() - started
        return self.sent

    def _client(self, rng: random.Random, weights: list[int], more: Callable[[], bool],
                stop: threading.Event, on_answer: Callable[[Sent], None] | None) -> None:
        # Every kind once first, so even a short run on a slow machine sends each of them.
        first = list(self.kinds)
        rng.shuffle(first)
        with httpx.Client(timeout=60) as http:
            while more():
                kind = first.pop() if first else rng.choices(self.kinds, weights)[0]
                event_id, project, body, headers = self._request(kind, rng)
                started = time.monotonic()
                try:
                    response = http.post(f"{self.url}/api/{project.id}/envelope/",
                                         content=body, headers=headers)
                    status, retry_after = response.status_code, response.headers.get(
                        "retry-after")
                except httpx.HTTPError:
                    status, retry_after = 0, None
                sent = Sent(kind, event_id, status, retry_after, time.monotonic() - started)
                with self._lock:
                    self.sent.append(sent)
                if on_answer is not None:
                    on_answer(sent)
                if status == 0:
                    stop.wait(0.2)  # the server is gone or restarting; do not spin

    def _request(self, kind: str, rng: random.Random
                 ) -> tuple[str | None, ProjectInfo, bytes, dict[str, str]]:
        project = self.limited if kind == "rate_limited" else self.main
        key = project.api_key
        event_id: str | None = None
        if kind == "duplicate":
            with self._lock:
                event_id = rng.choice(self._ids) if self._ids else None
        if event_id is None:
            event_id = uuid.uuid4().hex
            if kind in ("valid", "twin"):
                with self._lock:
                    self._ids.append(event_id)
        event = error_event(function=f"f{rng.randrange(20)}", event_id=event_id,
                            release=f"1.{rng.randrange(3)}")
        payload = json.dumps(event).encode()
        body = event_envelope(event)
        if kind == "twin":
            body = make_envelope(({"type": "event"}, payload), ({"type": "event"}, payload),
                                 header={"event_id": event_id})
        elif kind == "malformed_json":
            body = body.replace(b'"exception"', b'"exception', 1)
        elif kind == "oversized":
            event["extra"] = {"blob": "x" * (1024 * 1024 + 10)}
            body = event_envelope(event)
        elif kind == "other_project":
            key = self.other.api_key
        elif kind == "unknown_key":
            key = f"bs_{project.id}_{uuid.uuid4().hex}"
        headers = {"Content-Encoding": "gzip"}
        if kind != "no_key":
            headers["X-Sentry-Auth"] = f"Sentry sentry_version=7, sentry_key={key}"
        compressed = gzip.compress(body, compresslevel=1)
        if kind == "bad_gzip":
            compressed = compressed[: len(compressed) // 2] + b"\x00garbage"
        if kind not in ("valid", "duplicate", "twin", "rate_limited"):
            event_id = None  # never stored, whatever it said
        return event_id, project, compressed, headers
