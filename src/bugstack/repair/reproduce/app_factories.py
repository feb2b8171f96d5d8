"""Application factories: an app built by ``create_app(...)`` instead of a module global.

Flask's own tutorial and most larger FastAPI projects build the application in a function
(``def create_app(database): app = Flask(__name__); ...; return app``), so there is no
``app`` to import. The reproduction builds it the way the app's tests do: the first call
of the factory in a test file whose arguments are plain (literals, ``str``, ``dict``, and
pytest's ``tmp_path``, given as a fresh temporary directory); else, when every parameter
has a default, with no arguments. A factory that needs anything else (a fixture, a config
object built elsewhere) gives no app, and the calls are tried as before.
"""

from __future__ import annotations

import ast
import builtins
import re

from bugstack.repair.reproduce.model import calls_in_tests
from bugstack.repair.workspace import Workspace

__all__ = ["Factory", "find_factory"]

_KINDS = {"Flask": "flask", "FastAPI": "starlette", "Starlette": "starlette"}
_FRESH_DIRECTORY = "pathlib.Path(tempfile.mkdtemp())"


class Factory:
    """How to build the app: ``setup`` binds ``name`` to it, after ``imports``."""

    def __init__(self, framework: str, name: str, imports: set[str], setup: str) -> None:
        self.framework = framework
        self.name = name
        self.imports = imports
        self.setup = setup


def _builds_app(function: ast.FunctionDef) -> str | None:
    """The framework of the app the function creates and returns, or None."""
    built: dict[str, str] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call):
            kind = _KINDS.get(ast.unparse(node.value.func).rsplit(".", 1)[-1])
            if kind is not None:
                built[node.targets[0].id] = kind
    returned = [node.value.id for node in ast.walk(function) if isinstance(node, ast.Return)
                and isinstance(node.value, ast.Name) and node.value.id in built]
    return built[returned[0]] if len(set(returned)) == 1 else None


def _plain(call: ast.Call) -> bool:
    names = {n.id for n in ast.walk(call) if isinstance(n, ast.Name)} - {
        ast.unparse(call.func)}
    return all(name == "tmp_path" or hasattr(builtins, name) for name in names)


def _call_in_tests(workspace: Workspace, name: str) -> str | None:
    for text, node in calls_in_tests(workspace, name):
        if _plain(node):
            source = ast.get_source_segment(text, node) or ast.unparse(node)
            return re.sub(r"\btmp_path\b", _FRESH_DIRECTORY, source)
    return None


def find_factory(workspace: Workspace, module: str, text: str) -> Factory | None:
    """The factory a module defines at its top level, and how the tests call it."""
    if "def " not in text or not any(kind + "(" in text for kind in _KINDS):
        return None
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        framework = _builds_app(function)
        if framework is None:
            continue
        call = _call_in_tests(workspace, function.name)
        if call is None:
            arguments = function.args
            required = len(arguments.posonlyargs) + len(arguments.args) - len(arguments.defaults)
            if required or any(d is None for d in arguments.kw_defaults):
                continue
            call = f"{function.name}()"
        imports = {f"from {module} import {function.name}"}
        if _FRESH_DIRECTORY in call:
            imports |= {"import pathlib", "import tempfile"}
        return Factory(framework, "app", imports, f"app = {call}")
    return None
