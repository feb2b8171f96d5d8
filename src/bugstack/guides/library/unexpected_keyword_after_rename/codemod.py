"""Rename a keyword argument to the parameter it was renamed to.

For a call on the crashing line to a function defined in the app, a keyword that the
function does not accept is renamed when exactly one required parameter is left unbound
by the call: that parameter is the only place the value can have been meant for.
Functions taking ``**kwargs`` are never touched (any keyword is accepted there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer

_MESSAGE = re.compile(r"(?P<func>[\w.]+)\(\) got an unexpected keyword argument '(?P<kw>\w+)'")


@dataclass(frozen=True)
class _Signature:
    positional: tuple[str, ...]
    required: frozenset[str]
    keyword_only: frozenset[str]
    var_keyword: bool
    is_method: bool


def _signatures(sources: list[str]) -> dict[str, _Signature]:
    found: dict[str, _Signature] = {}
    for source in sources:
        try:
            module = cst.parse_module(source)
        except cst.ParserSyntaxError:
            continue
        methods = {
            id(f)
            for c in m.findall(module, m.ClassDef())
            for f in (c.body.body if isinstance(c, cst.ClassDef) else ())
            if isinstance(f, cst.FunctionDef)
        }
        for func in m.findall(module, m.FunctionDef()):
            assert isinstance(func, cst.FunctionDef)
            params = func.params
            positional = [p for p in (*params.posonly_params, *params.params)]
            is_method = id(func) in methods
            if is_method and positional:
                positional = positional[1:]  # self or cls, bound by the call itself
            required = {p.name.value for p in positional if p.default is None}
            required |= {p.name.value for p in params.kwonly_params if p.default is None}
            signature = _Signature(
                positional=tuple(p.name.value for p in positional),
                required=frozenset(required),
                keyword_only=frozenset(p.name.value for p in params.kwonly_params),
                var_keyword=params.star_kwarg is not None,
                is_method=is_method,
            )
            # Two definitions of one name: the recipe cannot tell which is called.
            name = func.name.value
            found[name] = signature if name not in found else _AMBIGUOUS
    return {k: v for k, v in found.items() if v is not _AMBIGUOUS}


_AMBIGUOUS = _Signature((), frozenset(), frozenset(), True, False)


class _RenameKeyword(LineScoped):
    def __init__(
        self, line: int | None, signatures: dict[str, _Signature], keyword: str | None
    ) -> None:
        super().__init__(line)
        self.signatures = signatures
        self.keyword = keyword

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or not self.covers(original):
            return updated
        name = dotted_name(updated.func)
        if name is None:
            return updated
        signature = self.signatures.get(name.rsplit(".", 1)[-1])
        if signature is None or signature.var_keyword:
            return updated
        if any(a.star for a in updated.args):
            return updated  # *args or **kwargs at the call: bindings are unknowable
        accepted = set(signature.positional) | signature.keyword_only
        positional_count = sum(1 for a in updated.args if a.keyword is None)
        bound = set(signature.positional[:positional_count])
        keywords = [a.keyword.value for a in updated.args if a.keyword is not None]
        bound |= {k for k in keywords if k in accepted}
        unknown = [k for k in keywords if k not in accepted]
        if len(unknown) != 1 or (self.keyword is not None and unknown != [self.keyword]):
            return updated
        missing = sorted(signature.required - bound)
        if len(missing) != 1:
            return updated
        self.changed = True
        return updated.with_changes(
            args=[
                a.with_changes(keyword=cst.Name(missing[0]))
                if a.keyword is not None and a.keyword.value == unknown[0]
                else a
                for a in updated.args
            ]
        )


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _RenameKeyword(line, _signatures([source]), None))


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MESSAGE.search(site.exception.value)
    if found is None:
        return {}
    signatures = _signatures(list(site.sources.values()))
    for frame in reversed(site.frames):
        transformer = _RenameKeyword(frame.lineno, signatures, found["kw"])
        try:
            new = run_transformer(frame.source, transformer)
        except cst.ParserSyntaxError:
            continue
        if new is not None:
            return {frame.path: new}
    return {}
