"""Load a relationship eagerly when it is read after its session has closed.

The event names the class and the relationship (``Parent instance <User at ...> is not
bound to a Session; lazy load operation of attribute 'orders' cannot proceed``). The
recipe adds ``options=[selectinload(User.orders)]`` to ``return session.get(User, ...)``
inside a ``with`` block (the object then outlives its session) in the app's files, so
the related rows are loaded while the session is still open. Without the event, the
crashing line must read a relationship declared in the same file.
"""

from __future__ import annotations

import re

import libcst as cst
import libcst.matchers as m

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, add_imports

_MESSAGE = re.compile(
    r"instance <(?P<cls>\w+) at [^>]*> is not bound to a Session; "
    r"lazy load operation of attribute '(?P<attr>\w+)'"
)


def _relationships(module: cst.Module) -> dict[str, str]:
    """Relationship attribute -> owning class, for ``x: ... = relationship(...)``."""
    found: dict[str, str] = {}
    for cls in m.findall(module, m.ClassDef()):
        assert isinstance(cls, cst.ClassDef)
        for stmt in m.findall(cls.body, m.AnnAssign(value=m.Call(func=m.Name("relationship")))):
            assert isinstance(stmt, cst.AnnAssign)
            if isinstance(stmt.target, cst.Name):
                found[stmt.target.value] = cls.name.value
    return found


class _EagerLoad(cst.CSTTransformer):
    def __init__(self, cls: str, attr: str) -> None:
        super().__init__()
        self.cls = cls
        self.attr = attr
        self.changed = False

        self.with_depth = 0

    # Only an object returned from inside a ``with`` block (the session's) outlives its
    # session; a lookup used while the session is still open needs no eager loading.
    def visit_With(self, node: cst.With) -> None:
        self.with_depth += 1

    def leave_With(self, original: cst.With, updated: cst.With) -> cst.With:
        self.with_depth -= 1
        return updated

    def leave_Return(self, original: cst.Return, updated: cst.Return) -> cst.Return:
        call = updated.value
        if not self.with_depth or not isinstance(call, cst.Call):
            return updated
        if not m.matches(
            call,
            m.Call(
                func=m.Attribute(attr=m.Name("get")),
                args=[m.Arg(value=m.Name(self.cls)), m.ZeroOrMore()],
            ),
        ):
            return updated
        if any(a.keyword is not None and a.keyword.value == "options" for a in call.args):
            return updated
        self.changed = True
        last = call.args[-1].with_changes(
            comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        )
        option = cst.Arg(
            keyword=cst.Name("options"),
            equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
            value=cst.parse_expression(f"[selectinload({self.cls}.{self.attr})]"),
        )
        return updated.with_changes(value=call.with_changes(args=[*call.args[:-1], last, option]))


def _apply(source: str, cls: str, attr: str) -> str | None:
    transformer = _EagerLoad(cls, attr)
    new = cst.parse_module(source).visit(transformer)
    if not transformer.changed:
        return None
    return add_imports(new.code, [("sqlalchemy.orm", "selectinload")])


class _ReadOnLine(LineScoped):
    """Finds ``x.<relationship>`` read on the crashing line."""

    def __init__(self, line: int | None, relationships: dict[str, str]) -> None:
        super().__init__(line)
        self.relationships = relationships
        self.found: tuple[str, str] | None = None

    def visit_Attribute(self, node: cst.Attribute) -> None:
        attr = node.attr.value
        if self.found is None and attr in self.relationships and self.covers(node):
            self.found = (self.relationships[attr], attr)


def rewrite(source: str, line: int | None) -> str | None:
    if line is None:
        return None
    module = cst.parse_module(source)
    finder = _ReadOnLine(line, _relationships(module))
    cst.MetadataWrapper(module).visit(finder)
    if finder.found is None:
        return None
    return _apply(source, *finder.found)


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MESSAGE.search(site.exception.value)
    if found is None:
        return {}
    for path, source in site.sources.items():
        try:
            new = _apply(source, found["cls"], found["attr"])
        except cst.ParserSyntaxError:
            continue
        if new is not None:
            return {path: new}
    return {}
