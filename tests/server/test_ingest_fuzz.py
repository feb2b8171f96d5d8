"""Hostile bytes never escape the ingest's parsers as anything but an IngestError."""

from __future__ import annotations

import contextlib
import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bugstack.server.ingest._decompress import decompress
from bugstack.server.ingest._envelope import parse_envelope
from bugstack.server.ingest._exceptions import IngestError
from bugstack.server.ingest._normalise import normalise_event

json_values = st.recursive(
    st.none() | st.booleans() | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
# Shapes close to real events, so the fuzzer reaches deep into the normaliser.
event_like = st.fixed_dictionaries(
    {},
    optional={
        "event_id": json_values | st.uuids().map(str),
        "exception": json_values
        | st.fixed_dictionaries({"values": st.lists(
            st.fixed_dictionaries({}, optional={
                "type": json_values, "value": json_values, "module": json_values,
                "stacktrace": json_values | st.fixed_dictionaries(
                    {"frames": st.lists(st.dictionaries(
                        st.sampled_from(["module", "function", "filename", "in_app"]),
                        json_values), max_size=5)}),
            }), max_size=3)}),
        "fingerprint": json_values,
        "timestamp": json_values,
        "release": json_values,
        "level": json_values,
        "message": json_values,
        "logentry": json_values,
    },
)


def _check(call: object) -> None:
    with contextlib.suppress(IngestError):
        call()  # type: ignore[operator]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(body: bytes) -> None:
    _check(lambda: parse_envelope(body, 1024))
    _check(lambda: normalise_event(body))
    for encoding in ("gzip", "deflate", "br", "zstd", "identity", "bogus"):
        _check(lambda encoding=encoding: decompress(body, encoding, 4096))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(event_like)
def test_event_shaped_json(event: dict[str, object]) -> None:
    payload = json.dumps(event).encode()
    pending = normalise_event(payload)
    assert len(pending.event_id) == 32 and len(pending.fingerprint) == 32
    envelope = b"{}\n" + json.dumps({"type": "event"}).encode() + b"\n" + payload
    parsed = parse_envelope(decompress(gzip.compress(envelope), "gzip", 1 << 20), 1 << 20)
    assert parsed.items[0].payload == payload


def test_deeply_nested_json_is_refused_not_crashed() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    _check(lambda: normalise_event(deep))
    _check(lambda: parse_envelope(b"{}\n" + b'{"type":"event"}\n' + deep, 1 << 20))
