"""What the guides' LibCST codemods share: line scoping, running, and adding imports.

Every codemod is a ``rewrite(source, line) -> str | None`` function. ``line`` is where
the error was raised; when it is known a codemod only touches the statement or function
covering it, so a fix never wanders off into code that did not fail.
"""

from __future__ import annotations

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider

__all__ = [
    "LineScoped",
    "add_imports",
    "call_name",
    "dotted_name",
    "run_transformer",
]


class LineScoped(cst.CSTTransformer):
    """A transformer that knows the crash line and can tell which nodes cover it."""

    METADATA_DEPENDENCIES = (PositionProvider,)

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
    """Add ``from module import name`` (or ``import module`` when name is None) if missing."""
    context = CodemodContext()
    for module, name in imports:
        if name is None:
            AddImportsVisitor.add_needed_import(context, module)
        else:
            AddImportsVisitor.add_needed_import(context, module, name)
    tree = cst.parse_module(source)
    return AddImportsVisitor(context).transform_module(tree).code


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
