"""Ways to make the captured error happen again, each rendered as a few lines of Python.

A scenario is what a reproduction *does*: send the captured request through the
framework's test client, run the app's lifespan, or call a function with the captured
arguments. The same lines serve the probe (which records what happened) and the
regression test (which asserts what should happen).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.domain.replay import CONTEXT_KEY
from bugstack.repair.reproduce.values import Rendered, Unrenderable, render_repr, render_snapshot
from bugstack.repair.workspace import Workspace

__all__ = ["AppLocation", "Scenario", "build_scenarios", "find_app"]

_APP_ASSIGN = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?P<kind>FastAPI|Starlette|Flask)\(", re.M
)
_DJANGO_SETTINGS = re.compile(r"DJANGO_SETTINGS_MODULE['\"]\s*,\s*['\"]([\w.]+)['\"]")
#: Headers a test client sets itself, or that only meant something on the original wire.
_DROPPED_HEADERS = {"host", "content-length", "connection", "accept-encoding", "user-agent",
                    "sentry-trace", "baggage", "traceparent", "x-forwarded-for", "x-real-ip",
                    "cookie", "authorization"}


@dataclass(frozen=True, slots=True)
class AppLocation:
    framework: str  # "starlette" (FastAPI included), "flask" or "django"
    module: str
    attribute: str  # for django, the settings module


@dataclass(slots=True)
class Scenario:
    kind: str  # "request", "lifespan" or "call"
    #: What it does, for a person: ``GET /users/5`` or ``shop.core.get_name(2, ...)``.
    title: str
    imports: set[str] = field(default_factory=set)
    helpers: set[str] = field(default_factory=set)
    #: Statements that bind ``result`` (a response, or the call's return value).
    action: list[str] = field(default_factory=list)
    #: Module and function the scenario enters through (calls only).
    module: str | None = None
    function: str | None = None
    #: The web framework whose test client the scenario uses, if any.
    framework: str | None = None
    #: Environment the crash needs: variables the code read successfully before it
    #: crashed (set to placeholders) and the one it missed (``None``: removed).
    environment: dict[str, str | None] = field(default_factory=dict)
    #: For an existing test of the app that already fails with the error: its node id.
    test_node: str | None = None


def _module_name(rel: str) -> str:
    parts = rel.removesuffix(".py").split("/")
    if parts and parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_test_file(rel: str) -> bool:
    *dirs, name = rel.split("/")
    return (name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"
            or "tests" in dirs or "test" in dirs)


def find_app(workspace: Workspace, site: CrashSite) -> AppLocation | None:
    """The web application object of the repository, if it has one."""
    crash_paths = {f.path for f in site.frames}
    found: list[tuple[int, AppLocation]] = []
    for rel in workspace.files():
        if _is_test_file(rel):
            continue
        text = workspace.read(rel)
        if rel.endswith("manage.py"):
            settings = _DJANGO_SETTINGS.search(text)
            if settings:
                found.append((0, AppLocation("django", _module_name(rel), settings.group(1))))
            continue
        for match in _APP_ASSIGN.finditer(text):
            framework = "flask" if match["kind"] == "Flask" else "starlette"
            rank = (0 if rel in crash_paths else 1) * 100 + rel.count("/")
            found.append((rank, AppLocation(framework, _module_name(rel), match["name"])))
    found.sort(key=lambda item: item[0])
    return found[0][1] if found else None


def _request_parts(site: CrashSite) -> tuple[str, str, str, dict[str, str], Any] | None:
    request = site.event.request
    replay = _replay(site)
    captured = replay.get("request") if isinstance(replay.get("request"), dict) else None
    if request is not None and not request.url and not request.method:
        request = None  # an empty request context says nothing
    if request is None and captured is None:
        return _request_from_frames(site)
    if request is not None:
        method = (request.method or "GET").upper()
        url = urlsplit(request.url or "/")
        path = url.path or "/"
        query = request.query_string or url.query or ""
        headers = dict(request.headers)
        body = request.data
    else:
        assert captured is not None
        method = str(captured.get("method") or "GET").upper()
        path = str(captured.get("path") or "/")
        query = str(captured.get("query_string") or "")
        headers = captured.get("headers") if isinstance(captured.get("headers"), dict) else {}
        body = captured.get("body")
    kept = {
        str(k): str(v) for k, v in headers.items()
        if str(k).lower() not in _DROPPED_HEADERS and "[Filtered]" not in str(v)
    }
    return method, path, query, kept, body


_REQUEST_REPR = re.compile(r"^<\w*Request: (?P<method>[A-Z]+) '(?P<target>[^']*)'>$")


def _request_from_frames(site: CrashSite) -> tuple[str, str, str, dict[str, str], Any] | None:
    """Method and path from a request object's repr among the locals, as Django prints it
    (``<WSGIRequest: GET '/books/?page=2'>``), or from the route and its captured values."""
    for frame in reversed(site.frames):
        for value in frame.frame.vars.values():
            match = _REQUEST_REPR.match(value) if isinstance(value, str) else None
            if match:
                target = urlsplit(match["target"])
                return match["method"], target.path or "/", target.query, {}, None
    route = site.event.transaction
    if route and route.startswith("/") and site.frames:
        values = site.frames[-1].frame.vars
        path = route
        for name in re.findall(r"\{(\w+)(?::\w+)?\}", route):
            raw = values.get(name)
            try:
                literal = ast.literal_eval(raw) if isinstance(raw, str) else None
            except (ValueError, SyntaxError):
                return None
            if literal is None:
                return None
            path = re.sub(r"\{" + name + r"(?::\w+)?\}", str(literal), path)
        return "GET", path, "", {}, None
    return None


def _body_arguments(headers: dict[str, str], body: Any) -> str:
    if body in (None, "", {}):
        return ""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if isinstance(body, dict | list) and "form" not in content_type:
        return f", json={body!r}"
    if isinstance(body, dict):
        return f", data={body!r}"
    if isinstance(body, str) and "json" in content_type:
        try:
            return f", json={json.loads(body)!r}"
        except ValueError:
            pass
    return f", content={str(body)!r}"


def _request_scenario(app: AppLocation, site: CrashSite) -> Scenario | None:
    parts = _request_parts(site)
    if parts is None:
        return None
    method, path, query, headers, body = parts
    title = f"{method} {path}" + (f"?{query}" if query else "")
    target = path + (f"?{query}" if query else "")
    body_args = _body_arguments(headers, body)
    if app.framework == "starlette":
        return Scenario("request", title, framework="starlette", imports={
            "from starlette.testclient import TestClient",
            f"from {app.module} import {app.attribute}",
        }, action=[
            f"with TestClient({app.attribute}) as client:",
            f"    result = client.request({method!r}, {target!r}, "
            f"headers={headers!r}{body_args})",
        ])
    if app.framework == "flask":
        flask_body = body_args.replace("content=", "data=")
        return Scenario("request", title, imports={f"from {app.module} import {app.attribute}"},
                        framework="flask", action=[
            f"{app.attribute}.testing = True",
            f"client = {app.attribute}.test_client()",
            f"result = client.open({target!r}, method={method!r}, "
            f"headers={headers!r}{flask_body})",
        ])
    django_data = ""
    if body not in (None, "", {}):
        payload = json.dumps(body) if isinstance(body, dict | list) else str(body)
        kind = next((v for k, v in headers.items() if k.lower() == "content-type"),
                    "application/json")
        django_data = f", data={payload!r}, content_type={kind!r}"
    extra_headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    return Scenario("request", title, imports={"import os", "import django"},
                    framework="django", action=[
        f"os.environ.setdefault('DJANGO_SETTINGS_MODULE', {app.attribute!r})",
        "django.setup()",
        "from django.test import Client",
        "from django.test.utils import setup_test_environment",
        "try:",
        "    setup_test_environment()",
        "except RuntimeError:",
        "    pass  # already set up by the test runner",
        "from django.conf import settings",
        "from django.core.management import call_command",
        "if settings.DATABASES:",
        "    call_command('migrate', run_syncdb=True, verbosity=0)",
        f"result = Client().generic({method!r}, {target!r}{django_data}, "
        f"headers={extra_headers!r})",
    ])


def _lifespan_scenario(app: AppLocation) -> Scenario | None:
    if app.framework != "starlette":
        return None
    return Scenario("lifespan", "the application's start-up and shutdown", imports={
        "from starlette.testclient import TestClient",
        f"from {app.module} import {app.attribute}",
    }, action=[
        f"with TestClient({app.attribute}):",
        "    pass",
        "result = None",
    ])


def _replay(site: CrashSite) -> dict[str, Any]:
    contexts = site.event.raw.get("contexts")
    replay = contexts.get(CONTEXT_KEY) if isinstance(contexts, dict) else None
    return replay if isinstance(replay, dict) else {}


def _function_def(frame: LocatedFrame) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    found = _function_and_class(frame)
    return found[0] if found else None


def _function_and_class(frame: LocatedFrame) -> (
    tuple[ast.FunctionDef | ast.AsyncFunctionDef, ast.ClassDef | None] | None
):
    """The frame's module-level function, or method of a module-level class."""
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return None
    for top in tree.body:
        members = [(top, None)] if not isinstance(top, ast.ClassDef) else [
            (item, top) for item in top.body
        ]
        for node, owner in members:
            if (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                    and node.name == frame.frame.function
                    and node.lineno <= frame.lineno <= (node.end_lineno or node.lineno)):
                return node, owner
    return None


def _literal_call(call: ast.Call) -> bool:
    try:
        for value in [*call.args, *(k.value for k in call.keywords)]:
            ast.literal_eval(value)
    except ValueError:
        return False
    return not any(k.arg is None for k in call.keywords)


def _constructed_in_tests(workspace: Workspace, cls: str) -> str | None:
    """How the app's own tests build a ``cls`` from plain values: ``Contact("Bob", "b@x")``."""
    for rel in workspace.files():
        if not _is_test_file(rel):
            continue
        text = workspace.read(rel)
        if f"{cls}(" not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == cls and _literal_call(node)):
                return ast.get_source_segment(text, node) or ast.unparse(node)
    return None


def _replay_locals(site: CrashSite, frame: LocatedFrame) -> dict[str, Any] | None:
    for captured in _replay(site).get("frames") or []:
        if (isinstance(captured, dict) and captured.get("function") == frame.frame.function
                and captured.get("lineno") == frame.frame.lineno):
            values = captured.get("locals")
            return values if isinstance(values, dict) else None
    return None


def _receiver(site: CrashSite, frame: LocatedFrame, owner: ast.ClassDef,
              workspace: Workspace, module: str) -> Rendered | None:
    """Source for the ``self`` of a method: captured, or built as the app's tests build it."""
    snapshot = _replay_locals(site, frame)
    try:
        if snapshot is not None and "self" in snapshot:
            return render_snapshot(snapshot["self"])
        if "self" in frame.frame.vars:
            return render_repr(frame.frame.vars["self"], module)
    except Unrenderable:
        pass
    built = _constructed_in_tests(workspace, owner.name)
    if built is None:
        return None
    return Rendered(source=built, imports={f"from {module} import {owner.name}"})


def _call_scenario(site: CrashSite, frame: LocatedFrame,
                   workspace: Workspace) -> Scenario | None:
    found = _function_and_class(frame)
    if found is None:
        return None
    node, owner = found
    if node.name.startswith("test") or node.args.vararg or node.args.kwarg:
        return None
    module = _module_name(frame.path)
    receiver: Rendered | None = None
    is_property = False
    if owner is not None:
        decorators = {ast.unparse(d) for d in node.decorator_list}
        if decorators & {"staticmethod", "classmethod"} or decorators - {"property"}:
            return None
        is_property = "property" in decorators
        receiver = _receiver(site, frame, owner, workspace, module)
        if receiver is None:
            return None
    snapshot = _replay_locals(site, frame)
    rendered: list[tuple[str, Rendered]] = []
    positional = [*node.args.posonlyargs, *node.args.args][1 if owner is not None else 0:]
    defaults_from = len(positional) - len(node.args.defaults)
    params = [(a.arg, i >= defaults_from, i < len(node.args.posonlyargs))
              for i, a in enumerate(positional)]
    params += [(a.arg, d is not None, False)
               for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)]
    annotations = {a.arg: ast.unparse(a.annotation) for a in
                   [*positional, *node.args.kwonlyargs] if a.annotation is not None}
    for name, has_default, _ in params:
        try:
            if snapshot is not None and name in snapshot:
                rendered.append((name, render_snapshot(snapshot[name])))
            elif snapshot is None and frame.frame.vars.get(name) == "[Filtered]":
                # sentry-sdk scrubbed a secret; a text secret's value rarely matters to
                # the crash, and the reproduction check below says whether it did.
                if annotations.get(name) != "str":
                    return None
                rendered.append((name, Rendered(source=repr("scrubbed-secret"))))
            elif snapshot is None and name in frame.frame.vars:
                rendered.append((name, render_repr(frame.frame.vars[name], module)))
            elif not has_default:
                return None
        except Unrenderable:
            return None
    scenario = Scenario("call", "", module=module, function=node.name)
    posonly = {a.arg for a in node.args.posonlyargs}
    args = []
    for name, value in rendered:
        scenario.imports |= value.imports
        scenario.helpers |= value.helpers
        args.append(value.source if name in posonly else f"{name}={value.source}")
    if receiver is not None:
        scenario.imports |= receiver.imports
        scenario.helpers |= receiver.helpers
        scenario.action.append(f"subject = {receiver.source}")
        call = f"subject.{node.name}" + ("" if is_property else f"({', '.join(args)})")
    else:
        scenario.imports.add(f"from {module} import {node.name}")
        call = f"{node.name}({', '.join(args)})"
    if isinstance(node, ast.AsyncFunctionDef):
        scenario.imports.add("import asyncio")
        call = f"asyncio.run({call})"
    scenario.title = f"{module}.{node.name}(...)" if len(call) > 60 else f"{module}.{call}"
    scenario.action.append(f"result = {call}")
    return scenario


def _looks_like_lifespan(site: CrashSite) -> bool:
    """Whether a crash frame is a start-up or shutdown hook of the application."""
    hooks = ("on_event", "lifespan", "startup", "shutdown", "add_event_handler")
    for frame in site.frames:
        lines = frame.source.splitlines()
        function = frame.frame.function or ""
        if any(word in function for word in hooks):
            return True
        # The decorators just above the function's ``def`` say what registers it.
        for index in range(min(frame.lineno, len(lines)) - 1, -1, -1):
            if re.match(rf"\s*(async\s+)?def\s+{re.escape(function)}\b", lines[index]):
                above = " ".join(lines[max(0, index - 3):index])
                if any(word in above for word in hooks):
                    return True
                break
    return False


def _environment(site: CrashSite) -> dict[str, str | None]:
    """``os.environ["X"]`` reads that succeeded before the crash, and the one that failed."""
    crash = site.crash
    if crash is None:
        return {}
    node = _function_def(crash)
    if node is None:
        return {}
    found: dict[str, str | None] = {}
    for sub in ast.walk(node):
        if (isinstance(sub, ast.Subscript) and ast.unparse(sub.value) == "os.environ"
                and isinstance(sub.slice, ast.Constant) and isinstance(sub.slice.value, str)):
            if sub.lineno < crash.lineno:
                found[sub.slice.value] = f"bugstack-{sub.slice.value.lower()}"
            elif sub.lineno == crash.lineno and site.exception.type.endswith("KeyError") and (
                site.exception.value == repr(sub.slice.value)
            ):
                found[sub.slice.value] = None
    return found


def build_scenarios(site: CrashSite, workspace: Workspace) -> Iterator[Scenario]:
    """Scenarios in the order worth trying: the captured request, the lifespan, the calls."""
    app = find_app(workspace, site)
    phase = _replay(site).get("phase")
    if app is not None:
        request = _request_scenario(app, site)
        if request is not None:
            yield request
        if phase in ("startup", "shutdown") or (
            site.event.request is None and _looks_like_lifespan(site)
        ):
            lifespan = _lifespan_scenario(app)
            if lifespan is not None:
                yield lifespan
    # Outermost first: a call higher up covers more of the places a fix may go.
    seen: set[tuple[str, str | None]] = set()
    for frame in site.frames:
        key = (frame.path, frame.frame.function)
        if key in seen:
            continue
        seen.add(key)
        scenario = _call_scenario(site, frame, workspace)
        if scenario is not None:
            scenario.environment = _environment(site)
            yield scenario
