"""Hostile bodies sent to a real ``bugstack serve`` process, on SQLite and PostgreSQL.

Compression bombs in every encoding the ingest decodes, deeply nested JSON, huge strings,
invalid UTF-8, absurd frame and item counts, lying lengths, values that text columns cannot
hold. Each must be answered with a 4xx the SDK understands (or a 200 when the input is
odd but storable), never a 5xx, and the server's memory must stay bounded: its peak
resident set (VmHWM) may grow by no more than the limits allow for one request.
A well-formed event sent right after each hostile one must still be stored, so a poisoned
request cannot take down the requests around it.
"""

from __future__ import annotations

import functools
import gzip
import json
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import brotli
import httpx
import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BACKENDS
from tests.pipeline.processes import fresh_schema
from tests.reliability.conftest import Figures
from tests.support.envelopes import error_event, event_envelope, make_envelope
from tests.support.server import ProjectInfo, RunningServer, start_server_process

pytestmark = pytest.mark.slow

MIB = 1024 * 1024
#: How far the server's peak RSS may rise over the whole battery: one request may hold its
#: 20 MiB body, 50 MiB decompressed and the parsed items at once, with room for the
#: allocator keeping freed arenas.
RSS_ALLOWANCE = 300 * MIB


def _memory(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) * 1024
    return fields


def _bomb(encoding: str, size: int) -> bytes:
    """``size`` zero bytes compressed, made a MiB at a time so the test stays small too."""
    chunk = b"\0" * MIB
    if encoding in ("gzip", "deflate", "deflate-raw"):
        wbits = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS,
                 "deflate-raw": -zlib.MAX_WBITS}[encoding]
        packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
        return b"".join(packer.compress(chunk) for _ in range(size // MIB)) + packer.flush()
    if encoding == "br":
        brotli_packer = brotli.Compressor(quality=1)
        out = b"".join(bytes(brotli_packer.process(chunk)) for _ in range(size // MIB))
        return out + bytes(brotli_packer.finish())
    if encoding == "zstd":  # the frame does not say how large it will be: a streamed bomb
        zstd_packer = zstandard.ZstdCompressor(level=3).compressobj()
        out = b"".join(zstd_packer.compress(chunk) for _ in range(size // MIB))
        return out + zstd_packer.flush()
    raise ValueError(encoding)


def _item(payload: bytes, item_type: str = "event") -> bytes:
    return make_envelope(({"type": item_type}, payload), header={})


def _event(**extra: object) -> bytes:
    event = error_event()
    event.update(extra)
    return json.dumps(event).encode()


def _frames(count: int) -> bytes:
    frame = b'{"module":"m","function":"f","in_app":true,"lineno":1}'
    return (b'{"exception":{"values":[{"type":"E","value":"v","stacktrace":{"frames":['
            + b",".join([frame] * count) + b"]}}]}}")


_REFUSED = frozenset({400, 413})


@functools.cache
def cases() -> dict[str, tuple[bytes, str, frozenset[int]]]:
    """name -> (body, content-encoding, the statuses that are a right answer)."""
    return {
        **{f"{encoding} bomb (64 MiB of zeros)": (
            _bomb(encoding, 64 * MIB), encoding.removesuffix("-raw"), frozenset({413}))
           for encoding in ("gzip", "deflate", "deflate-raw", "br", "zstd")},
        "gzip bomb inside gzip": (gzip.compress(_bomb("gzip", 200 * MIB)), "gzip", _REFUSED),
        "zstd frame asking for a 2 GiB window": (
            zstandard.ZstdCompressor(compression_params=zstandard.ZstdCompressionParameters(
                window_log=31, enable_ldm=True, write_content_size=False))
            .compress(b"x" * 1000), "zstd", _REFUSED),
        "truncated gzip": (gzip.compress(b"{}\n" * 1000)[:40], "gzip", _REFUSED),
        "unknown encoding": (b"{}", "compress", _REFUSED),
        "JSON nested 100,000 deep (event)": (
            _item(b"[" * 100_000 + b"]" * 100_000), "", _REFUSED),
        "JSON nested 100,000 deep (envelope header)": (
            b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"\n", "", _REFUSED),
        "JSON nested 500 deep inside an event": (
            _item(_event(extra={"deep": json.loads("[" * 500 + "]" * 500)})), "",
            frozenset({200})),
        "900 KB string in an event": (_item(_event(message="x" * 900_000)), "", frozenset({200})),
        "900 KB exception type and value": (_item(json.dumps({"exception": {"values": [{
            "type": "E" * 450_000, "value": "v" * 450_000}]}}).encode()), "", frozenset({200})),
        "10 MB string (store endpoint size limit)": (
            json.dumps({"message": "x" * 10_000_000}).encode(), "", frozenset({413})),
        "invalid UTF-8 in the event": (_item(b'{"message": "\xff\xfe\xc3\x28"}'), "", _REFUSED),
        "invalid UTF-8 in the item header": (b'{}\n{"type":"ev\xffent"}\n{}\n', "", _REFUSED),
        "lone surrogate escape": (_item(b'{"message": "\\ud800"}'), "", _REFUSED),
        "NUL characters in every text field": (_item(_event(
            release="1.0\u0000", environment="prod\u0000", level="error\u0000",
            exception={"values": [{"type": "Key\u0000Error", "value": "\u0000", "module": "m\u0000",
                                   "stacktrace": {"frames": [{"module": "a\u0000",
                                                              "function": "f\u0000",
                                                              "in_app": True}]}}]})),
            "", frozenset({200})),
        "18,000 frames": (_item(_frames(18_000)), "", frozenset({200})),
        "300,000 empty frames": (_item(b'{"exception":{"values":[{"type":"E","stacktrace":'
                                       b'{"frames":[' + b",".join([b"{}"] * 300_000) + b"]}}]}}"),
                                 "", frozenset({200})),
        "30,000 exception values": (_item(b'{"exception":{"values":[' + b",".join(
            [b'{"type":"E","value":"x"}'] * 30_000) + b"]}}"), "", frozenset({200})),
        "1,000,000 items in one envelope": (
            gzip.compress(b"{}\n" + b'{"type":"session"}\n{}\n' * 1_000_000), "gzip",
            frozenset({413})),
        "item length of 10**18": (b'{}\n{"type":"event","length":1000000000000000000}\n{}',
                                  "", _REFUSED),
        "negative item length": (b'{}\n{"type":"event","length":-5}\n{}', "", _REFUSED),
        "event that is a JSON array": (_item(b"[1,2,3]"), "", _REFUSED),
        "integer of 400 digits": (_item(b'{"timestamp": ' + b"9" * 400 + b"}"), "",
                                  frozenset({200, 400})),
        "absurd timestamps": (_item(_event(timestamp=1e308, start_timestamp=-1e308)), "",
                              frozenset({200})),
        "empty body": (b"", "", _REFUSED),
    }


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[RunningServer, ProjectInfo]]:
    with ExitStack() as stack:
        env = {}
        if request.param == "postgres":
            env["BUGSTACK_DATABASE_URL"] = stack.enter_context(fresh_schema())
        running = start_server_process(tmp_path_factory.mktemp("hostile"), extra_env=env)
        stack.callback(running.stop)
        yield running, running.new_project("target")


def _post(server: RunningServer, project: ProjectInfo, body: bytes, encoding: str,
          endpoint: str = "envelope") -> httpx.Response:
    headers = {"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"}
    if encoding:
        headers["Content-Encoding"] = encoding
    return httpx.post(f"{server.url}/api/{project.id}/{endpoint}/", content=body,
                      headers=headers, timeout=120)


def _still_serves(server: RunningServer, project: ProjectInfo) -> bool:
    event = error_event(function="canary")
    response = _post(server, project, event_envelope(event), "")
    return response.status_code == 200 and response.json()["id"] == event["event_id"]


def test_hostile_bodies_are_refused_cleanly_with_bounded_memory(
        server: tuple[RunningServer, ProjectInfo], figures: Figures) -> None:
    running, project = server
    backend = "postgres" if "BUGSTACK_DATABASE_URL" in running.env else "sqlite"
    before = _memory(running.process.pid)
    mishandled = []
    for name, (body, encoding, allowed) in cases().items():
        endpoint = "store" if name.startswith("10 MB") else "envelope"
        status = _post(running, project, body, encoding, endpoint).status_code
        serving = _still_serves(running, project)
        held = status in allowed and serving
        peak = _memory(running.process.pid)["VmHWM"] // MIB
        figures.attempt("hostile_input", f"{name} ({backend})", held,
                        f"answered {status}, expected one of {sorted(allowed)}; "
                        f"a good event right after: {'stored' if serving else 'REFUSED'}; "
                        f"server peak RSS so far {peak} MiB")
        if not held:
            mishandled.append(f"{name}: {status}, canary {'ok' if serving else 'refused'}")
    after = _memory(running.process.pid)
    grew = after["VmHWM"] - before["VmRSS"]
    figures.attempt("hostile_input", f"memory over {len(cases())} hostile bodies ({backend})",
                    grew < RSS_ALLOWANCE,
                    f"RSS {before['VmRSS'] // MIB} MiB before, peak {after['VmHWM'] // MIB} "
                    f"MiB, {after['VmRSS'] // MIB} MiB after")
    figures.measure(f"server peak RSS growth over hostile bodies ({backend})", grew / MIB,
                    "MiB")
    assert not mishandled, mishandled
    assert running.process.poll() is None
    assert grew < RSS_ALLOWANCE, (before, after)


json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                          max_leaves=20)
envelope_lines = st.lists(
    st.one_of(st.binary(max_size=64), json_value.map(lambda v: json.dumps(v).encode()),
              st.fixed_dictionaries({"type": st.sampled_from(["event", "session", "x", ""])},
                                    optional={"length": st.integers(-5, 80)})
              .map(lambda v: json.dumps(v).encode())),
    min_size=1, max_size=6)


def test_fuzzed_envelopes_over_http_never_get_a_5xx(
        server: tuple[RunningServer, ProjectInfo], figures: Figures) -> None:
    """Random envelopes (random lines, JSON and item headers) sent over real HTTP."""
    running, project = server
    backend = "postgres" if "BUGSTACK_DATABASE_URL" in running.env else "sqlite"
    outcomes: list[int] = []
    with httpx.Client(timeout=60) as http:

        @settings(max_examples=80, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow,
                                         HealthCheck.function_scoped_fixture])
        @given(lines=envelope_lines, encoding=st.sampled_from(["", "gzip", "br", "zstd"]))
        def send(lines: list[bytes], encoding: str) -> None:
            body = b"\n".join(lines)
            body = {"": body, "gzip": gzip.compress(body), "br": bytes(brotli.compress(body)),
                    "zstd": zstandard.ZstdCompressor().compress(body)}[encoding]
            headers = {"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"}
            if encoding:
                headers["Content-Encoding"] = encoding
            status = http.post(f"{running.url}/api/{project.id}/envelope/", content=body,
                               headers=headers).status_code
            outcomes.append(status)
            assert status < 500, (lines, encoding)

        try:
            send()
        finally:
            failed = [s for s in outcomes if s >= 500]
            figures.attempt("hostile_input", f"{len(outcomes)} fuzzed envelopes ({backend})",
                            not failed, f"statuses seen: {sorted(set(outcomes))}")
