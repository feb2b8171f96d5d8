"""What the guides' LibCST codemods share: line scoping, running, and adding imports.

Every codemod is a ``rewrite(source, line) -> str | None`` function. ``line`` is where
the error was raised; when it is known a codemod only touches the statement or function
covering it, so a fix never wanders off into code that did not fail.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from typing import ClassVar

import libcst as cst
import libcst.matchers as m
from libcst.metadata import MetadataWrapper, PositionProvider
from libcst.metadata.base_provider import ProviderT

__all__ = [
    "LineScoped",
    "add_imports",
    "call_name",
    "dotted_name",
    "run_transformer",
]


class LineScoped(cst.CSTTransformer):
    """A transformer that knows the crash line and can tell which nodes cover it."""

    METADATA_DEPENDENCIES: ClassVar[Collection[ProviderT]] = (PositionProvider,)

    def __init__(self, line: int | None) -> None:
        super().__init__()
        self.line = line
        self.changed = False

    def covers(self, node: cst.CSTNode) -> bool:
        """True when ``node`` spans the crash line, or when no line is known."""
        if self.line is None:
            return True
        pos = self.get_metadata(PositionProvider, node)
        return bool(pos.start.line <= self.line <= pos.end.line)

    def starts_on(self, node: cst.CSTNode) -> bool:
        """True when ``node`` begins on the crash line (or no line is known)."""
        if self.line is None:
            return True
        return bool(self.get_metadata(PositionProvider, node).start.line == self.line)


def run_transformer(source: str, transformer: LineScoped) -> str | None:
    """Apply ``transformer``; the new source, or ``None`` if it changed nothing."""
    wrapper = MetadataWrapper(cst.parse_module(source))
    new = wrapper.visit(transformer)
    if not transformer.changed:
        return None
    return new.code


def add_imports(source: str, imports: list[tuple[str, str | None]]) -> str:
    """Add ``from module import name`` (or ``import module`` when name is None) if missing.

    A name joins an existing ``from module import ...`` line, kept in sorted order;
    otherwise a new line goes after the file's last top-level import.
    """
    tree = cst.parse_module(source)
    for module, name in imports:
        tree = _add_import(tree, module, name)
    return tree.code


def _add_import(tree: cst.Module, module: str, name: str | None) -> cst.Module:
    body = list(tree.body)
    for index, stmt in enumerate(body):
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if (
                name is None
                and isinstance(small, cst.Import)
                and any(dotted_name(a.name) == module and a.asname is None for a in small.names)
            ):
                return tree
            if (
                name is not None
                and isinstance(small, cst.ImportFrom)
                and small.relative == ()
                and small.module is not None
                and dotted_name(small.module) == module
                and not isinstance(small.names, cst.ImportStar)
            ):
                aliases = list(small.names)
                if any(a.asname is None and dotted_name(a.name) == name for a in aliases):
                    return tree
                if any(a.asname is not None for a in aliases):
                    continue
                names = sorted({dotted_name(a.name) or "" for a in aliases} | {name})
                new_aliases = [
                    cst.ImportAlias(
                        name=cst.Name(n),
                        comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                        if i < len(names) - 1
                        else cst.MaybeSentinel.DEFAULT,
                    )
                    for i, n in enumerate(names)
                ]
                new_small = small.with_changes(names=new_aliases, lpar=None, rpar=None)
                new_stmt = stmt.with_changes(
                    body=[new_small if s is small else s for s in stmt.body]
                )
                body[index] = new_stmt
                return tree.with_changes(body=body)
    text = f"import {module}" if name is None else f"from {module} import {name}"
    statement = cst.parse_statement(text)
    stdlib = module.split(".")[0] in sys.stdlib_module_names
    imports = [i for i, stmt in enumerate(body) if _import_root(stmt) is not None]
    same_group = [
        i for i in imports if (_import_root(body[i]) in sys.stdlib_module_names) == stdlib
    ]
    if same_group:
        # Keep the group in alphabetical order of module, as isort-style tools expect.
        before = [i for i in same_group if _import_module(body[i]) <= module]
        if before:
            body.insert(before[-1] + 1, statement)
        else:
            first = body[same_group[0]]
            body[same_group[0]] = first.with_changes(leading_lines=[])
            body.insert(same_group[0], statement.with_changes(leading_lines=first.leading_lines))
    elif imports and stdlib:
        # The file has only third-party imports: the standard library goes first.
        first = body[imports[0]]
        body[imports[0]] = first.with_changes(leading_lines=[cst.EmptyLine()])
        body.insert(imports[0], statement.with_changes(leading_lines=first.leading_lines))
    elif imports:
        body.insert(imports[-1] + 1, statement.with_changes(leading_lines=[cst.EmptyLine()]))
    else:
        position = 0
        if body and m.matches(body[0], m.SimpleStatementLine(body=[m.Expr(m.SimpleString())])):
            position = 1  # after the module docstring
            statement = statement.with_changes(leading_lines=[cst.EmptyLine()])
        body.insert(position, statement)
    return tree.with_changes(body=body)


def _import_module(stmt: cst.BaseStatement) -> str:
    assert isinstance(stmt, cst.SimpleStatementLine)
    small = stmt.body[0]
    if isinstance(small, cst.Import):
        return dotted_name(small.names[0].name) or ""
    assert isinstance(small, cst.ImportFrom) and small.module is not None
    return dotted_name(small.module) or ""


def _import_root(stmt: cst.BaseStatement) -> str | None:
    """The top-level package a top-level import statement imports from, else ``None``."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Import):
        return (dotted_name(small.names[0].name) or "").split(".")[0]
    if isinstance(small, cst.ImportFrom) and small.module is not None and not small.relative:
        if dotted_name(small.module) == "__future__":
            return None
        return (dotted_name(small.module) or "").split(".")[0]
    return None


def dotted_name(node: cst.BaseExpression) -> str | None:
    """``a.b.c`` for a chain of names and attributes, else ``None``."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        left = dotted_name(node.value)
        return f"{left}.{node.attr.value}" if left is not None else None
    return None


def call_name(node: cst.BaseExpression) -> str | None:
    """The dotted name of what a call calls (``json.dumps``), else ``None``."""
    if isinstance(node, cst.Call):
        return dotted_name(node.func)
    return None
