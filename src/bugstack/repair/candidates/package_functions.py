"""The crashing module's package: its functions, how the crashing module can call one, and
where sibling code already calls it.

Strategies that replace hand-written handling by a project function (``sibling_helpers``,
``analogous_handling``) look for that function, and for the code that already uses it,
only here: a helper of another package is not the project's word on this value.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.edits import insert_import, replace_nodes

__all__ = [
    "PackageFunction",
    "SiblingCall",
    "documentation",
    "module_name",
    "module_reference",
    "package_functions",
    "package_modules",
    "required_parameter",
    "sibling_calls",
    "with_helper",
]


@dataclass(frozen=True, slots=True)
class PackageFunction:
    path: str
    source: str
    module: ast.Module
    node: ast.FunctionDef
    #: How the crashing module names it: ``parse_amount``, ``money.parse_amount``.
    reference: str
    #: ``from pkg.money import parse_amount`` when the crashing module does not import it.
    import_line: str | None = None


@dataclass(frozen=True, slots=True)
class SiblingCall:
    path: str
    source: str
    function: ast.FunctionDef | ast.AsyncFunctionDef
    call: ast.Call


def package_modules(analysis: Analysis) -> list[str]:
    """The crashing module's package (its top directory), tests left out."""
    assert analysis.crash is not None
    top = analysis.crash.path.split("/")[0]
    found = [rel for rel in analysis.python_files()
             if rel.split("/")[0] == top and not any(
                 part in ("tests", "test") or part.startswith("test_")
                 for part in rel.split("/"))]
    return found or [analysis.crash.path]


def module_name(path: str) -> str:
    return path.removeprefix("src/").removesuffix(".py").removesuffix("/__init__") \
        .replace("/", ".")


def module_reference(tree: ast.Module, crash_path: str, path: str, name: str) -> str | None:
    """How the crashing module can call ``name`` defined in ``path``, if it can."""
    if path == crash_path:
        return name
    module = module_name(path)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                if node.module == module and alias.name == name:
                    return alias.asname or name
                if f"{node.module}.{alias.name}" == module:
                    return f"{alias.asname or alias.name}.{name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module:
                    return f"{alias.asname or alias.name}.{name}"
    return None


def _parsed_modules(analysis: Analysis) -> Iterator[tuple[str, str, ast.Module]]:
    assert analysis.crash is not None
    for path in package_modules(analysis):
        text = analysis.crash.source if path == analysis.crash.path else analysis.read(path)
        if not text:
            continue
        try:
            yield path, text, ast.parse(text)
        except SyntaxError:
            continue


def package_functions(analysis: Analysis) -> Iterator[PackageFunction]:
    """Top-level functions of the package other than the crashed one, each with how the
    crashing module calls it (importing a public one it does not import yet)."""
    assert analysis.crash is not None and analysis.tree is not None
    crashed = analysis.function.name if analysis.function is not None else None
    for path, text, module in _parsed_modules(analysis):
        for node in module.body:
            if not isinstance(node, ast.FunctionDef) or (
                    path == analysis.crash.path and node.name == crashed):
                continue
            reference = module_reference(analysis.tree, analysis.crash.path, path, node.name)
            import_line = None
            if reference is None:
                if node.name.startswith("_"):
                    continue  # another module's private helper is not for import
                reference = node.name
                import_line = f"from {module_name(path)} import {node.name}"
            yield PackageFunction(path, text, module, node, reference, import_line)


def sibling_calls(analysis: Analysis, helper: PackageFunction) -> Iterator[SiblingCall]:
    """Calls of ``helper`` in the package's other functions (not the crashed one, not the
    helper itself)."""
    assert analysis.crash is not None
    name = helper.node.name
    for path, text, module in _parsed_modules(analysis):
        if name not in text:
            continue
        for function in (n for n in ast.walk(module)
                         if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
            if (path == helper.path and function.name == name) or (
                    path == analysis.crash.path and analysis.function is not None
                    and function.name == analysis.function.name):
                continue
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                func = call.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if called == name:
                    yield SiblingCall(path, text, function, call)


def with_helper(analysis: Analysis, helper: PackageFunction,
                replacements: list[tuple[ast.AST, str]]) -> str:
    """The crashing module with ``replacements`` made, importing ``helper`` if it must."""
    assert analysis.crash is not None
    new = replace_nodes(analysis.crash.source, replacements)
    if helper.import_line:  # last: the spans above are those of the file as it was
        new = insert_import(new, helper.import_line)
    return new


def documentation(helper: PackageFunction) -> str:
    """What the helper's own words say: its docstring, then its module's."""
    return "\n\n".join(text for text in (ast.get_docstring(helper.node),
                                         ast.get_docstring(helper.module)) if text)


def required_parameter(helper: ast.FunctionDef) -> ast.arg | None:
    """The one parameter a caller must give (the rest have defaults), if there is one."""
    arguments = helper.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if not positional or arguments.vararg or arguments.kwarg or any(
            d is None for d in arguments.kw_defaults):
        return None
    if len(positional) - len(arguments.defaults) != 1:
        return None
    return positional[0]
