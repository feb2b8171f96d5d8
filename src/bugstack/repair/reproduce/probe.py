"""Run a scenario once in the sandbox and record what happened, as data.

The probe is a small script outside the workspace: it performs the scenario and prints
one JSON line saying whether it raised (type, message, the traceback's frames) or what
it produced (an HTTP status and body, or the repr of a return value). Reproduction,
verification and the regression test are all decided from these outcomes.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bugstack.guides.declared import runtime_source
from bugstack.repair.pytest_plugins import unused_plugin_args
from bugstack.repair.reproduce.module_state import PROBE_SOURCE as STATE_SOURCE
from bugstack.repair.reproduce.scenarios import Scenario
from bugstack.repair.sandbox import SandboxLimits, run_sandboxed
from bugstack.repair.traceback_event import TracebackParseError, event_from_traceback

__all__ = ["Outcome", "run_probe", "scenario_script"]

_MARKER = "@@bugstack-probe@@"
_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")

_PROBE_TEMPLATE = '''\
import json, os, sys, traceback, warnings
warnings.simplefilter("ignore")
_root = os.getcwd()
sys.path[:0] = [_root, os.path.join(_root, "src")]
{preamble}
{state_source}

def _describe(value):
    status = getattr(value, "status_code", None)
    if isinstance(status, int):
        body = getattr(value, "content", None)
        if body is None:
            body = getattr(value, "data", b"")
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        return {{"status": status, "text": text[:4000], "json": parsed,
                 "json_ok": parsed is not None or text.strip() == "null"}}
    try:
        text = repr(value)
    except Exception:
        text = "<unrepresentable>"
    return {{"repr": text[:4000], "type": type(value).__name__}}

def _action():
{indented}
    return result, {{_n: _v for _n, _v in locals().items() if _n in {observed!r}}}

try:
    _value, _after = _action()
except BaseException as _exc:
    _frames = [[f.filename, f.name, f.lineno] for f in traceback.extract_tb(_exc.__traceback__)]
    _record = {{"raised": True, "type": type(_exc).__name__,
               "module": type(_exc).__module__, "message": str(_exc)[:2000],
               "frames": _frames, "status": getattr(_exc, "status_code", None)}}
else:
    _record = {{"raised": False, "value": _describe(_value)}}
    _record["value"]["state"] = {{_n: repr(_v)[:4000] for _n, _v in _after.items()}}
_record["state_changed"] = _changed_state()
_record["state_seen"] = _STATE_SEEN
_record["state_unwritten"] = _STATE_UNWRITTEN
sys.stdout.write("\\n{marker}" + json.dumps(_record, default=repr) + "\\n")
'''


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one run of a scenario did."""

    ran: bool
    raised: bool = False
    exc_type: str | None = None
    exc_module: str | None = None
    message: str = ""
    #: (repo-relative path or absolute path, function, line) innermost last.
    frames: tuple[tuple[str, str, int], ...] = ()
    value: dict[str, Any] = field(default_factory=dict)
    #: Module-level containers of the app (``module.NAME``) the run left changed.
    state_changed: tuple[str, ...] = ()
    #: Module-level containers of the app (``module.NAME``) the run started from, with
    #: their contents as a literal, for those whose contents can be written down.
    state_seen: dict[str, str] = field(default_factory=dict)
    #: Non-empty module-level containers the run started from that cannot be written as
    #: a literal (``[Activity(...)]``); the regression test copies them on import.
    state_unwritten: tuple[str, ...] = ()
    timed_out: bool = False
    output: str = ""

    @property
    def server_error(self) -> bool:
        status = self.value.get("status")
        return isinstance(status, int) and status >= 500

    def raised_in(self, exc_type: str, path: str, function: str | None,
                  message: str | None = None) -> bool:
        """Whether it raised ``exc_type`` with ``function`` of ``path`` on the stack (and,
        for a missing key, for the same key)."""
        if message is not None and exc_type.endswith("KeyError") and self.message != message:
            return False
        # Sentry names nested classes by their qualified name (``Article.DoesNotExist``).
        if not self.raised or self.exc_type != exc_type.rsplit(".", 1)[-1]:
            return False
        return any(
            (file == path or file.endswith("/" + path)) and (function is None or name == function)
            for file, name, _ in self.frames
        )

    def behaviour(self) -> str:
        """A key that is equal for two runs that behaved the same from the outside."""
        if not self.ran:
            return "did-not-run"
        if self.raised:
            return f"raise:{self.exc_type}:{self.value.get('status')}"
        value = self.value
        if "status" in value:
            return f"http:{value['status']}:{value.get('text')}"
        # What the call left in its arguments is behaviour too; addresses are not.
        state = sorted((name, _ADDRESS.sub("0x?", text))
                       for name, text in (value.get("state") or {}).items())
        return f"value:{value.get('repr')}" + (f"|state:{state}" if state else "")


def scenario_script(scenario: Scenario) -> str:
    setup = [f"os.environ[{k!r}] = {v!r}" if v is not None else f"os.environ.pop({k!r}, None)"
             for k, v in scenario.environment.items()]
    # The app's module-level records are noted once its modules are imported, so what
    # the action changes in them can be put back by the regression test.
    body = [*sorted(scenario.imports), *sorted(scenario.helpers), "_note_state()", *setup,
            *scenario.action]
    indented = "\n".join("    " + line if line else "" for line in "\n".join(body).splitlines())
    preamble = ""
    if scenario.hidden_modules:
        # Production was built from the declared requirements: what they do not name is
        # not installed there, so it is hidden here too (until a fix declares it).
        preamble = (runtime_source()
                    + f"hide_undeclared({list(scenario.hidden_modules)!r}, Path(_root))\n")
    return _PROBE_TEMPLATE.format(indented=indented, marker=_MARKER, preamble=preamble,
                                  observed=set(scenario.observed), state_source=STATE_SOURCE)


def _run_existing_test(scenario: Scenario, workspace: Path, python: str,
                       timeout: float) -> Outcome:
    """An existing test as the reproduction: it passes, or fails with a traceback."""
    assert scenario.test_node is not None
    result = run_sandboxed(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=native",
         *unused_plugin_args(workspace, python), scenario.test_node], workspace,
        SandboxLimits(timeout=timeout))
    output = (result.stdout + result.stderr)[-20000:]
    if result.timed_out:
        return Outcome(ran=False, timed_out=True, output=output[-4000:])
    if result.returncode == 0:
        return Outcome(ran=True, value={"repr": "the test passes", "type": "test"},
                       output=output[-4000:])
    try:
        event = event_from_traceback(output)
    except TracebackParseError:
        return Outcome(ran=False, output=output[-4000:])
    exception = event["exception"]["values"][0]
    root = str(workspace.resolve())
    frames = tuple(
        (str(f["abs_path"]).removeprefix(root + "/"), str(f["function"]), int(f["lineno"]))
        for f in exception["stacktrace"]["frames"]
    )
    return Outcome(ran=True, raised=True, exc_type=exception["type"],
                   exc_module=exception["module"], message=exception["value"], frames=frames,
                   output=output[-4000:])


def run_probe(
    scenario: Scenario, workspace: Path, python: str, timeout: float
) -> Outcome:
    if scenario.kind == "existing_test":
        return _run_existing_test(scenario, workspace, python, timeout)
    with tempfile.TemporaryDirectory(prefix="bugstack-probe-") as tmp:
        script = Path(tmp) / "probe.py"
        script.write_text(scenario_script(scenario), encoding="utf-8")
        result = run_sandboxed([python, str(script)], workspace, SandboxLimits(timeout=timeout),
                               readable=[Path(tmp)])
    output = (result.stdout + result.stderr)[-4000:]
    if result.timed_out:
        return Outcome(ran=False, timed_out=True, output=output)
    line = next((ln for ln in reversed(result.stdout.splitlines()) if ln.startswith(_MARKER)),
                None)
    if line is None:
        return Outcome(ran=False, output=output)
    record = json.loads(line[len(_MARKER):])
    root = str(workspace.resolve())
    frames = tuple(
        (str(f).removeprefix(root + "/") if str(f).startswith(root) else str(f), str(n), int(ln))
        for f, n, ln in record.get("frames", [])
    )
    return Outcome(
        ran=True,
        raised=bool(record.get("raised")),
        exc_type=record.get("type"),
        exc_module=record.get("module"),
        message=str(record.get("message") or ""),
        frames=frames,
        value=record.get("value") or ({"status": record["status"]} if record.get("status")
                                      else {}),
        state_changed=tuple(str(key) for key in record.get("state_changed") or ()),
        state_seen={str(key): str(text) for key, text in (record.get("state_seen") or {}).items()},
        state_unwritten=tuple(str(key) for key in record.get("state_unwritten") or ()),
        output=output,
    )
