"""Capturing each case's event with the real sentry-sdk, from a deployed copy of the app."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corpus.engine import default_engine, last_json_object
from corpus.model import BENCH_DIR, Capture, Case
from corpus.process import run

__all__ = ["Server", "capture_event", "capture_main", "fetch_stored_event"]

#: A DSN that names nothing: the capture transport writes to a file and never connects.
_OFFLINE_DSN = "http://0123456789abcdef0123456789abcdef@127.0.0.1:9/1"
_CAPTURE_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class Server:
    """A running bugstack server to send events through, instead of writing them to a file."""

    #: The project's DSN, as ``bugstack project create`` prints it; loopback only.
    dsn: str
    #: The server's data directory, for ``bugstack events show`` (None: its default).
    data_dir: Path | None = None

    def __post_init__(self) -> None:
        host = urlsplit(self.dsn).hostname or ""
        if not (host == "localhost" or host == "::1" or host.startswith("127.")):
            raise ValueError(f"the corpus sends events to loopback servers only, not {host!r}")


def capture_event(
    case: Case, deployed: Path, release: str, scratch: Path, server: Server | None = None
) -> Capture:
    """Run the trigger against the deployed copy under the real sentry-sdk.

    The trigger is copied outside the deployment, so its own frames are not in-app: in
    production the caller (a browser, a cron daemon) is not part of the app either. With
    a ``server``, the event goes over HTTP to bugstack's ingest and what the engine gets
    is the event as the server stored it.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    trigger = scratch / "trigger.py"
    shutil.copyfile(case.trigger, trigger)
    out = scratch / "capture.json"
    args = [
        sys.executable,
        str(BENCH_DIR / "fix_corpus.py"),
        "_capture",
        "--trigger",
        str(trigger),
        "--out",
        str(out),
        "--release",
        release,
        "--framework",
        case.framework,
        *(["--dsn", server.dsn] if server else []),
    ]
    try:
        done = run(args, deployed, _CAPTURE_TIMEOUT)
        stderr = done.stderr
    except subprocess.TimeoutExpired:
        return Capture(None, None, f"trigger timed out after {_CAPTURE_TIMEOUT:.0f}s")
    if not out.exists():
        return Capture(None, None, stderr[-4000:])
    data = json.loads(out.read_text(encoding="utf-8"))
    if server is not None:
        ids = data["event_ids"]
        stored = fetch_stored_event(server, ids[0]) if ids else None
        return Capture(stored, data.get("raised"), stderr[-4000:])
    events = [e for e in data["events"] if e.get("exception")]
    return Capture(events[0] if events else None, data.get("raised"), stderr[-4000:])


def fetch_stored_event(
    server: Server, event_id: str, patience: float = 20.0
) -> dict[str, Any] | None:
    """The event as the server stored it (``bugstack events show ID --json``).

    Ingest commits in groups, so a just-sent event may take a moment to be readable.
    """
    args = [default_engine()[0], "events", "show", event_id, "--json"]
    if server.data_dir is not None:
        args += ["--data-dir", str(server.data_dir)]
    deadline = time.monotonic() + patience
    while True:
        done = run(args, Path.cwd(), 60, env=dict(os.environ))
        if done.returncode == 0:
            value = last_json_object(done.stdout)
            if value is not None:
                return value
        if time.monotonic() > deadline:
            return None
        time.sleep(0.5)


#: The sentry-sdk integrations a production app on each framework would have enabled.
#: Named explicitly because auto-enabling probes every framework installed beside this
#: script (celery, sqlalchemy, ...), which a real app's environment would not hold.
_INTEGRATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fastapi": (
        ("sentry_sdk.integrations.starlette", "StarletteIntegration"),
        ("sentry_sdk.integrations.fastapi", "FastApiIntegration"),
    ),
    "flask": (("sentry_sdk.integrations.flask", "FlaskIntegration"),),
    "django": (("sentry_sdk.integrations.django", "DjangoIntegration"),),
}


def capture_main(trigger: str, out: str, release: str, framework: str, dsn: str | None) -> int:
    """Child-process side of :func:`capture_event`; the working directory is the deploy."""
    import importlib

    import sentry_sdk
    from sentry_sdk.envelope import Envelope
    from sentry_sdk.transport import Transport

    events: list[dict[str, Any]] = []
    event_ids: list[str] = []

    def note_id(event: Any, hint: Any) -> Any:
        event_ids.append(str(event.get("event_id")))
        return event

    class FileTransport(Transport):
        """Keeps each event item as the server would receive it, and sends nothing."""

        def capture_envelope(self, envelope: Envelope) -> None:
            for item in envelope.items:
                if item.type == "event":
                    events.append(json.loads(item.payload.get_bytes()))

    integrations = [
        getattr(importlib.import_module(module), name)()
        for module, name in _INTEGRATIONS.get(framework, ())
    ]
    # With a server's DSN the SDK's own HTTP transport sends the event; else a file keeps it.
    sentry_sdk.init(
        dsn=dsn or _OFFLINE_DSN,
        integrations=integrations,
        auto_enabling_integrations=False,
        before_send=note_id,
        transport=None if dsn else FileTransport(),
        release=release,
        environment="production",
        include_local_variables=True,
        max_request_body_size="always",
        # project_root defaults to the working directory: the deployed app is in-app.
    )
    sys.path.insert(0, os.getcwd())
    raised: dict[str, str] | None = None
    # Executed directly rather than through runpy, whose frames ("<frozen runpy>")
    # sentry-sdk would count in-app and put between the trigger and the app.
    code = compile(Path(trigger).read_text(encoding="utf-8"), trigger, "exec")
    try:
        exec(code, {"__name__": "__main__", "__file__": trigger})
    except BaseException as exc:
        # A framework integration may have reported it already; Sentry's dedupe drops the copy.
        sentry_sdk.capture_exception(exc)
        raised = {
            "type": type(exc).__name__,
            "module": type(exc).__module__,
            "message": str(exc)[:500],
        }
    sentry_sdk.flush(timeout=10)
    result = {"events": events, "event_ids": event_ids, "raised": raised}
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0
