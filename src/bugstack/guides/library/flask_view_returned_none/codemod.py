"""End a Flask view that can fall off its end with an explicit empty response.

The event names the view's endpoint; the function of that name decorated with a Flask
route gets ``return "", 204`` as its last statement when its body can reach the end
(the last statement is not a ``return`` or ``raise``).
"""

from __future__ import annotations

import re

import libcst as cst
import libcst.matchers as m

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import dotted_name

_MESSAGE = re.compile(r"The view function for '(?:[\w.]+\.)?(\w+)' did not return a valid response")
_ROUTE_METHODS = {"route", "get", "post", "put", "patch", "delete"}


def _is_route(func: cst.FunctionDef) -> bool:
    for decorator in func.decorators:
        dec = decorator.decorator
        if isinstance(dec, cst.Call):
            name = dotted_name(dec.func)
            if name is not None and name.rsplit(".", 1)[-1] in _ROUTE_METHODS and "." in name:
                return True
    return False


def _can_fall_through(func: cst.FunctionDef) -> bool:
    if not isinstance(func.body, cst.IndentedBlock) or not func.body.body:
        return False
    last = func.body.body[-1]
    return not m.matches(last, m.SimpleStatementLine(body=[m.Return() | m.Raise()]))


class _AddReturn(cst.CSTTransformer):
    def __init__(self, view: str) -> None:
        super().__init__()
        self.view = view
        self.changed = False

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        if updated.name.value != self.view or not _is_route(updated):
            return updated
        if not _can_fall_through(updated) or not isinstance(updated.body, cst.IndentedBlock):
            return updated
        self.changed = True
        # Comments closing the body describe the fall-through path: keep them above it.
        empty = cst.parse_statement('return "", 204\n').with_changes(
            leading_lines=updated.body.footer
        )
        body = updated.body.with_changes(body=[*updated.body.body, empty], footer=[])
        return updated.with_changes(body=body)


def _apply(source: str, view: str) -> str | None:
    transformer = _AddReturn(view)
    new = cst.parse_module(source).visit(transformer)
    return new.code if transformer.changed else None


def rewrite(source: str, line: int | None) -> str | None:
    """Without the event's message, a view is only known by a crashing line inside it."""
    if line is None:
        return None
    module = cst.MetadataWrapper(cst.parse_module(source))
    positions = module.resolve(cst.metadata.PositionProvider)
    for func in m.findall(module.module, m.FunctionDef()):
        assert isinstance(func, cst.FunctionDef)
        pos = positions[func]
        if pos.start.line <= line <= pos.end.line and _is_route(func):
            return _apply(source, func.name.value)
    return None


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MESSAGE.search(site.exception.value)
    if found is None:
        return {}
    for path, source in site.sources.items():
        try:
            new = _apply(source, found.group(1))
        except cst.ParserSyntaxError:
            continue
        if new is not None:
            return {path: new}
    return {}
