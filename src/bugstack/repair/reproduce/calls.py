"""Scenarios that call the failing function again with the captured arguments."""

from __future__ import annotations

import ast
import re
from typing import Any

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.reproduce.csv_rows import csv_file_lines
from bugstack.repair.reproduce.model import (
    Scenario,
    calls_in_tests,
    is_test_file,
    module_name,
    replay_context,
)
from bugstack.repair.reproduce.output_files import output_file_lines
from bugstack.repair.reproduce.read_lines import is_generator, read_lines_source
from bugstack.repair.reproduce.repr_names import imported_from_definitions
from bugstack.repair.reproduce.tuple_records import named_tuples, rebuilt_records
from bugstack.repair.reproduce.values import Rendered, Unrenderable, render_repr, render_snapshot
from bugstack.repair.workspace import Workspace

__all__ = ["call_scenario", "environment_needed", "function_def", "replay_locals"]


def function_def(frame: LocatedFrame) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
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
    for text, node in calls_in_tests(workspace, cls):
        if _literal_call(node):
            return ast.get_source_segment(text, node) or ast.unparse(node)
    return None


def replay_locals(site: CrashSite, frame: LocatedFrame) -> dict[str, Any] | None:
    for captured in replay_context(site).get("frames") or []:
        if (isinstance(captured, dict) and captured.get("function") == frame.frame.function
                and captured.get("lineno") == frame.frame.lineno):
            values = captured.get("locals")
            return values if isinstance(values, dict) else None
    return None


def _receiver(site: CrashSite, frame: LocatedFrame, owner: ast.ClassDef,
              workspace: Workspace, module: str) -> Rendered | None:
    """Source for the ``self`` of a method: captured, or built as the app's tests build it."""
    snapshot = replay_locals(site, frame)
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


_APP_OBJECT = re.compile(r"^<(?P<module>[\w.]+)\.(?P<cls>[A-Za-z_]\w*) object at 0x[0-9a-f]+>$")


def _built_argument(captured: Any, workspace: Workspace) -> Rendered | None:
    """An object of the app's own class that sentry-sdk captured as its bare repr
    (``<taskq.queue.JobQueue object at 0x7f...>``), built as the app's tests build one,
    as a method's receiver is. What it held in production is not in the event; the
    reproduction counts only when the call then fails where production did."""
    found = _APP_OBJECT.match(captured.strip()) if isinstance(captured, str) else None
    if found is None:
        return None
    module, cls = found.group("module"), found.group("cls")
    defined = [rel for rel in workspace.files() if not is_test_file(rel)
               and rel.endswith(".py") and module_name(rel) == module]
    if len(defined) != 1 or not re.search(rf"^class {cls}\b", workspace.read(defined[0]),
                                          re.MULTILINE):
        return None
    built = _constructed_in_tests(workspace, cls)
    if built is None:
        return None
    return Rendered(source=built, imports={f"from {module} import {cls}"})


def _annotated(value: Rendered, captured: Any, annotation: str | None) -> Rendered:
    """sentry-sdk sends a set, frozenset or tuple as a JSON list: given back its type when
    the parameter's annotation names it, so ``address in vip`` and hashing behave alike."""
    kind = (annotation or "").split("[", 1)[0]
    if isinstance(captured, list) and kind in ("set", "frozenset", "tuple"):
        value.source = f"{kind}({value.source})"
    return value


def call_scenario(site: CrashSite, frame: LocatedFrame,
                   workspace: Workspace) -> Scenario | None:
    found = _function_and_class(frame)
    if found is None:
        return None
    node, owner = found
    if node.name.startswith("test") or node.args.vararg or node.args.kwarg:
        return None
    module = module_name(frame.path)
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
    snapshot = replay_locals(site, frame)
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
                captured = frame.frame.vars[name]
                handle = read_lines_source(node, name, captured, frame.frame.vars) \
                    if isinstance(captured, str) else None
                if handle is not None:
                    rendered.append((name, Rendered(source=handle[1], imports={handle[0]})))
                    continue
                built = _built_argument(captured, workspace) or _annotated(
                    render_repr(captured, module), captured, annotations.get(name))
                records = rebuilt_records(built.source, captured, annotations.get(name),
                                          named_tuples(frame.source))
                if records is not None:
                    built.source, record = records
                    built.imports.add(f"from {module} import {record}")
                rendered.append((name, built))
            elif not has_default:
                return None
        except Unrenderable:
            return None
    scenario = Scenario("call", "", module=module, function=node.name)
    posonly = {a.arg for a in node.args.posonlyargs}
    args = []
    scratch = {name: _scratch_directory(site, value) for name, value in rendered}
    files = {name: csv_file_lines(site, frame, node, name, value.source)
             or output_file_lines(node, name, value.source) for name, value in rendered}
    for name, value in rendered:
        if scratch[name] is not None or files[name] is not None:
            continue  # a fresh directory or file of the same name stands in for it
        scenario.imports |= value.imports
        scenario.helpers |= value.helpers
    taken = "\n".join([*scenario.imports, *scenario.helpers])
    for name, value in rendered:
        source = value.source
        if scratch[name] is not None:
            scenario.imports |= {"import pathlib", "import tempfile"}
            scenario.action += [f"{name} = pathlib.Path(tempfile.mkdtemp()) / {scratch[name]!r}",
                                f"{name}.mkdir()"]
            source = name
        elif files[name] is not None:
            scenario.imports |= {"import pathlib", "import tempfile"}
            scenario.action += files[name] or []
            source = name
        elif _mutable(source) and name not in ("result", "subject", node.name) \
                and not re.search(rf"\b{re.escape(name)}\b", taken):
            # Bound to a name, so what the call does to it can be seen and asserted.
            scenario.action.append(f"{name} = {source}")
            scenario.observed.append(name)
            source = name
        args.append(source if name in posonly else f"{name}={source}")
    if receiver is not None:
        scenario.imports |= receiver.imports
        scenario.helpers |= receiver.helpers
        scenario.action.append(f"subject = {receiver.source}")
        scenario.observed.append("subject")
        call = f"subject.{node.name}" + ("" if is_property else f"({', '.join(args)})")
    else:
        scenario.imports.add(f"from {module} import {node.name}")
        call = f"{node.name}({', '.join(args)})"
    if isinstance(node, ast.AsyncFunctionDef):
        scenario.imports.add("import asyncio")
        call = f"asyncio.run({call})"
    scenario.title = f"{module}.{node.name}(...)" if len(call) > 60 else f"{module}.{call}"
    if not isinstance(node, ast.AsyncFunctionDef) and is_generator(node):
        call = f"list({call})"  # the body, and the crash, run only as it is iterated
    scenario.action.append(f"result = {call}")
    scenario.imports = imported_from_definitions(scenario.imports, workspace)
    return scenario


_CONSTRUCTED = re.compile(r"^[A-Za-z_][\w.]*\(")
_PATH_REPR = re.compile(r"^(?:pathlib\.)?(?:Posix)?Path\('(?P<path>/[^']+)'\)$")
_MISSING_PATH = re.compile(r"No such file or directory: '(?P<path>/[^']+)'")


def _scratch_directory(site: CrashSite, value: Rendered) -> str | None:
    """For a ``FileNotFoundError`` about a path *below* a directory the call was given
    (``out_dir / "AC/DC Touring Ltd.csv"``): that directory's name. Production had the
    directory (the error is about what lies below it), the sandbox has not, so the call
    is given an empty one of the same name in a fresh temporary folder. A missing file
    directly in it still fails as it did; the directory itself missing in production
    makes the call not raise, and the scenario then does not count."""
    path = _PATH_REPR.match(value.source.strip())
    missing = _MISSING_PATH.search(site.exception.value) \
        if site.exception.type == "FileNotFoundError" else None
    if path is None or missing is None:
        return None
    directory = path.group("path").rstrip("/")
    below = missing.group("path").removeprefix(directory + "/")
    if below == missing.group("path") or "/" not in below:
        return None  # not below it, or a file right in it: nothing says it was there
    name = directory.rsplit("/", 1)[-1]
    return name or None


def _mutable(source: str) -> bool:
    """A container or an object: something a function may change in place."""
    return source.startswith(("{", "[")) or bool(_CONSTRUCTED.match(source))


def environment_needed(site: CrashSite) -> dict[str, str | None]:
    """``os.environ["X"]`` reads that succeeded before the crash, and the one that failed."""
    crash = site.crash
    if crash is None:
        return {}
    node = function_def(crash)
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
