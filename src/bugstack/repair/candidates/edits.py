"""Minimal source edits at AST positions, leaving every other byte of the file as it was.

Edits splice text at the exact spans the parser reports (``lineno``/``col_offset`` to
``end_lineno``/``end_col_offset``), so formatting, comments and quoting elsewhere in the
file are untouched; a result that does not parse is dropped by the caller.
"""

from __future__ import annotations

import ast
import functools
from collections import Counter

__all__ = [
    "add_keyword",
    "indent_unit",
    "indentation_of",
    "insert_before_statement",
    "insert_import",
    "insert_stdlib_import",
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


def add_keyword(source: str, call: ast.Call, keyword: str) -> str:
    """``call`` with ``keyword`` (``name=value`` text) added after its last argument, so
    the call's own line breaks and argument order stay as they were."""
    parts: list[ast.expr | ast.keyword] = [*call.args, *call.keywords]
    last = max(parts, key=lambda n: (n.end_lineno or n.lineno, n.end_col_offset or 0))
    segment = ast.get_source_segment(source, last) or ast.unparse(last)
    return replace_node(source, last, f"{segment}, {keyword}")


def indentation_of(source: str, lineno: int) -> str:
    line = source.splitlines()[lineno - 1]
    return line[: len(line) - len(line.lstrip())]


@functools.lru_cache(maxsize=16)
def _string_continuation_lines(source: str) -> frozenset[int]:
    """Lines inside a multi-line string after its first: a docstring's indented list is
    not the code's indentation. Cached: every template indenting a fix in the same file
    asks again."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return frozenset()
    return frozenset(number for node in ast.walk(tree)
            if isinstance(node, ast.Constant | ast.JoinedStr)
            and (node.end_lineno or node.lineno) > node.lineno
            for number in range(node.lineno + 1, (node.end_lineno or node.lineno) + 1))


def indent_unit(source: str) -> str:
    """One level of indentation as the file writes it: a tab, or its smallest step of spaces."""
    steps: list[int] = []
    previous = 0
    inside = _string_continuation_lines(source)
    for number, line in enumerate(source.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#") or number in inside:
            continue
        if line.startswith("\t"):
            return "\t"
        width = len(line) - len(line.lstrip(" "))
        if width > previous:
            steps.append(width - previous)
        previous = width
    # The commonest step, so a continuation line's hanging indent does not count.
    return " " * Counter(steps).most_common(1)[0][0] if steps else "    "


def insert_before_statement(source: str, statement: ast.stmt, block: list[str]) -> str:
    """Insert ``block`` (lines relative to the statement's indentation, a tab per nested
    level) above it, indented the way the file indents, and above the comment lines that
    introduce the statement, so a comment stays with the code it describes."""
    lines = source.splitlines(keepends=True)
    indent = indentation_of(source, statement.lineno)
    step = indent_unit(source)
    text = "".join(
        indent + line.replace("\t", step) + "\n" if line else "\n" for line in block
    )
    first = statement.lineno - 1
    decorators = getattr(statement, "decorator_list", None)
    if decorators:
        first = min(d.lineno for d in decorators) - 1
    while first > 0 and lines[first - 1].strip().startswith("#") \
            and indentation_of(source, first) == indent:
        first -= 1
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
    # Never above a shebang or an encoding declaration: they only work on the first lines.
    while after < min(2, len(lines)) and lines[after].startswith("#") and (
            lines[after].startswith("#!") or "coding" in lines[after]):
        after += 1
    return "".join(lines[:after]) + statement + "\n" + "".join(lines[after:])


def insert_stdlib_import(source: str, module: str) -> str:
    """Add ``import module`` (a standard-library module) where isort would put it: among
    the module's plain standard-library imports, above its ``from`` imports, below
    ``from __future__``; after the docstring when there are no imports at all."""
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        if isinstance(node, ast.ImportFrom) or (
                isinstance(node, ast.Import) and node.names[0].name > module):
            lines = source.splitlines(keepends=True)
            return "".join(lines[:node.lineno - 1]) + f"import {module}\n" + "".join(
                lines[node.lineno - 1:])
        if not isinstance(node, ast.Import | ast.Expr):
            break
    return insert_import(source, f"import {module}")

