"""Minimal source edits at AST positions, leaving every other byte of the file as it was.

Edits splice text at the exact spans the parser reports (``lineno``/``col_offset`` to
``end_lineno``/``end_col_offset``), so formatting, comments and quoting elsewhere in the
file are untouched; a result that does not parse is dropped by the caller.
"""

from __future__ import annotations

import ast

__all__ = [
    "indentation_of",
    "insert_before_statement",
    "insert_import",
    "replace_node",
    "replace_nodes",
]


def _offsets(source: str) -> list[int]:
    """Character offset of the start of each line (1-based line -> index ``line - 1``)."""
    starts, total = [], 0
    for line in source.splitlines(keepends=True):
        starts.append(total)
        total += len(line)
    starts.append(total)
    return starts


def _span(source: str, node: ast.AST) -> tuple[int, int]:
    starts = _offsets(source)
    lines = source.splitlines(keepends=True)

    def index(line: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets; convert them to character offsets.
        text = lines[line - 1].encode("utf-8")[:col].decode("utf-8", "replace")
        return starts[line - 1] + len(text)

    end_line = getattr(node, "end_lineno", None) or node.lineno  # type: ignore[attr-defined]
    end_col = getattr(node, "end_col_offset", None)
    return index(node.lineno, node.col_offset), index(end_line, end_col or 0)  # type: ignore[attr-defined]


def replace_node(source: str, node: ast.AST, text: str) -> str:
    start, end = _span(source, node)
    return source[:start] + text + source[end:]


def replace_nodes(source: str, replacements: list[tuple[ast.AST, str]]) -> str:
    """Several non-overlapping replacements, applied from the end so spans stay valid."""
    spans = sorted(((*_span(source, node), text) for node, text in replacements), reverse=True)
    for start, end, text in spans:
        source = source[:start] + text + source[end:]
    return source


def indentation_of(source: str, lineno: int) -> str:
    line = source.splitlines()[lineno - 1]
    return line[: len(line) - len(line.lstrip())]


def insert_before_statement(source: str, statement: ast.stmt, block: list[str]) -> str:
    """Insert ``block`` (lines relative to the statement's indentation) above it."""
    lines = source.splitlines(keepends=True)
    indent = indentation_of(source, statement.lineno)
    step = "    " if "\t" not in indent else "\t"
    text = "".join(
        indent + line.replace("\t", step) + "\n" if line else "\n" for line in block
    )
    first = statement.lineno - 1
    decorators = getattr(statement, "decorator_list", None)
    if decorators:
        first = min(d.lineno for d in decorators) - 1
    return "".join(lines[:first]) + text + "".join(lines[first:])


def insert_import(source: str, statement: str) -> str:
    """Add an import after the module's last top-level import (or its docstring)."""
    tree = ast.parse(source)
    after = 0
    for node in tree.body:
        docstring = (node is tree.body[0] and isinstance(node, ast.Expr)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str))
        if docstring or isinstance(node, ast.Import | ast.ImportFrom):
            after = node.end_lineno or node.lineno
    lines = source.splitlines(keepends=True)
    return "".join(lines[:after]) + statement + "\n" + "".join(lines[after:])
