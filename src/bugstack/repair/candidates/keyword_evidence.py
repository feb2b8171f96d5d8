"""Evidence for which parameter an unexpected keyword argument was meant for.

After ``paginate(items, page, *, per_page=20)`` became ``page_size``, a call that still
passes ``per_page`` fails. Spelling alone does not connect the two names
(``per_page``/``page_size`` are not close), but the code does, in two ways:

* a **shared name token**: ``page_size`` is the one parameter the call leaves unbound that
  shares a word (``page``) with ``per_page``;
* a **sibling call site**: another call of ``paginate`` in the repository already passes
  ``page_size=10``, a value of the same type as the one this call passes.

Dropping the keyword instead would run with the parameter's default (20 items, not 2), a
change of behaviour no evidence backs, so it is never proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis, FunctionNode

__all__ = ["SiblingCall", "annotation_conflict", "could_take", "meaning_conflict", "opposite",
           "shared_token_parameter", "sibling_calls", "unit_conflict", "value_type"]

#: Words too common in parameter names to connect two of them on their own.
_COMMON = {"the", "of", "to", "in", "on", "at", "by", "for", "is", "a", "an", "id", "and"}


def _tokens(name: str) -> set[str]:
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower().split("_")
    return {w for w in words if len(w) > 1 and w not in _COMMON}


#: Words that give a number its unit: a rename that changes one changes the value's meaning.
_UNITS = {"ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
          "h", "hours", "hour", "days", "day", "b", "bytes", "kb", "mb", "gb", "kib", "mib",
          "pct", "percent", "ratio", "cents", "px", "pt", "em", "deg", "rad"}


def unit_conflict(keyword: str, parameter: str) -> bool:
    """Whether the two names carry different units (``timeout_ms`` -> ``timeout_s``): the
    value passed under the old name would then mean something else under the new one."""
    def units(name: str) -> set[str]:
        words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower().split("_")
        return {w for w in words if w in _UNITS}

    return units(keyword) != units(parameter)


#: Word pairs that say opposite things: ``include`` passed as ``exclude`` inverts the call.
_OPPOSITES = [("include", "exclude"), ("includes", "excludes"), ("min", "max"),
              ("start", "end"), ("begin", "end"), ("before", "after"), ("since", "until"),
              ("enable", "disable"), ("enabled", "disabled"), ("show", "hide"),
              ("allow", "deny"), ("allow", "block"), ("upper", "lower"), ("first", "last"),
              ("open", "close"), ("add", "remove"), ("on", "off"), ("in", "out"),
              ("inner", "outer"), ("prefix", "suffix"), ("head", "tail"),
              ("read", "write"), ("accept", "reject"), ("above", "below"),
              ("over", "under"), ("ascending", "descending"), ("asc", "desc"),
              ("from", "to"), ("older", "newer"), ("oldest", "newest"),
              ("encode", "decode"), ("encrypt", "decrypt"), ("lock", "unlock"),
              ("push", "pop"), ("get", "set"), ("load", "dump"), ("loads", "dumps")]
#: Words that qualify what a name counts or limits without saying what it is: a name
#: sharing only these with another (``max_retries``, ``max_items``) is about another thing.
_QUALIFIERS = {"max", "min", "maximum", "minimum", "num", "number", "count", "total",
               "default", "new", "old", "is", "has", "use", "no", "limit", "extra"}


def _words(name: str) -> list[str]:
    return [w for w in re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower().split("_") if w]


#: Prefixes that turn a word into its inverse: ``unslugify`` undoes ``slugify``.
_INVERTING = ("un", "de", "dis", "non", "anti", "in", "re")


def opposite(one: str, other: str) -> bool:
    """Whether two names say opposite things: opposite words (``include``/``exclude``,
    ``to_json``/``from_json``) or one word inverted by a prefix (``slugify``/``unslugify``,
    ``serialize``/``deserialize``), however close their spelling."""
    old, new = set(_words(one)), set(_words(other))
    for first, second in _OPPOSITES:
        if (first in old and second in new and second not in old and first not in new) or (
                second in old and first in new and first not in old and second not in new):
            return True
    return any(a != b and (a == prefix + b or b == prefix + a)
               for a in old - new for b in new - old for prefix in _INVERTING)


def meaning_conflict(keyword: str, parameter: str) -> bool:
    """Whether passing ``keyword``'s value as ``parameter`` would change what it means:
    the names are :func:`opposite` (``include``/``exclude``, ``min_age``/``max_age``), or
    share only a qualifier (``max_retries``/``max_items``)."""
    if opposite(keyword, parameter):
        return True
    old, new = set(_words(keyword)), set(_words(parameter))
    shared = old & new
    return bool(shared) and shared <= _QUALIFIERS and bool(old - shared) \
        and bool(new - shared)


def shared_token_parameter(keyword: str, unbound: list[str]) -> tuple[str, str] | None:
    """The one unbound parameter sharing a word with ``keyword``, and the word."""
    wanted = _tokens(keyword)
    sharing = [(p, sorted(wanted & _tokens(p))[0]) for p in unbound if wanted & _tokens(p)]
    return sharing[0] if len(sharing) == 1 else None


def value_type(value: ast.expr, module: ast.Module | None) -> str | None:
    """The type of a literal, or of a module constant assigned one; None when unknown."""
    if isinstance(value, ast.Constant):
        return type(value.value).__name__
    if isinstance(value, ast.JoinedStr):
        return "str"
    displays = {ast.List: "list", ast.Dict: "dict", ast.Tuple: "tuple", ast.Set: "set"}
    for display, name in displays.items():
        if isinstance(value, display):
            return name
    if isinstance(value, ast.UnaryOp) and isinstance(value.operand, ast.Constant):
        return type(value.operand.value).__name__
    if isinstance(value, ast.Name) and module is not None:
        for node in module.body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            assigned = getattr(node, "value", None)
            if any(isinstance(t, ast.Name) and t.id == value.id for t in targets) \
                    and isinstance(assigned, ast.expr) and not isinstance(assigned, ast.Name):
                return value_type(assigned, None)
    return None


_COMPATIBLE = {"int": {"int", "bool"}, "float": {"float", "int"}, "str": {"str"},
               "bool": {"bool"}, "bytes": {"bytes"}, "list": {"list"}, "dict": {"dict"},
               "tuple": {"tuple"}, "set": {"set"}}


def annotation_conflict(function: FunctionNode, parameter: str, passed: str | None) -> bool:
    """Whether the parameter's plain annotation rules out a value of type ``passed``."""
    if passed is None:
        return False
    args = function.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.arg == parameter and isinstance(arg.annotation, ast.Name):
            allowed = _COMPATIBLE.get(arg.annotation.id)
            return allowed is not None and passed not in allowed
    return False


def could_take(function: FunctionNode, parameter: str, passed: str | None) -> bool:
    """Whether ``parameter`` could take a value of type ``passed``, as far as its
    annotation or its default says (unknown counts as could)."""
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(zip([a.arg for a in positional][len(positional) - len(args.defaults):],
                        args.defaults, strict=True))
    defaults |= {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                 if d is not None}
    for arg in (*positional, *args.kwonlyargs):
        if arg.arg != parameter:
            continue
        if isinstance(arg.annotation, ast.Name) and arg.annotation.id in _COMPATIBLE:
            return passed in _COMPATIBLE[arg.annotation.id]
        default = defaults.get(parameter)
        if arg.annotation is None and isinstance(default, ast.Constant) \
                and default.value is not None and type(default.value).__name__ in _COMPATIBLE:
            return passed in _COMPATIBLE[type(default.value).__name__]
        return True
    return False


@dataclass(frozen=True, slots=True)
class SiblingCall:
    path: str
    line: int
    parameter: str
    value: str
    type: str


def sibling_calls(analysis: Analysis, callee: str, crashing: ast.Call,
                  unbound: list[str], passed_type: str | None) -> Iterator[SiblingCall]:
    """Other calls of ``callee`` in the repository passing an unbound parameter by name,
    with a value of the type this call passes."""
    assert analysis.crash is not None
    if passed_type is None:
        return
    for rel, tree in _modules(analysis, callee):
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _name(call.func) != callee \
                    or type(call.func) is not type(crashing.func):
                continue  # `paginate(...)` and `client.paginate(...)` may be two things
            if rel == analysis.crash.path and call.lineno == crashing.lineno \
                    and call.col_offset == crashing.col_offset:
                continue
            for keyword in call.keywords:
                if keyword.arg in unbound and value_type(keyword.value, tree) == passed_type:
                    yield SiblingCall(rel, call.lineno, keyword.arg,
                                      ast.unparse(keyword.value), passed_type)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _modules(analysis: Analysis, callee: str) -> Iterator[tuple[str, ast.Module]]:
    assert analysis.crash is not None
    if analysis.tree is not None:
        yield analysis.crash.path, analysis.tree
    for rel, _, tree in analysis.parsed_files(f"{callee}("):
        if rel != analysis.crash.path:
            yield rel, tree
