"""Project functions that read what a hand-written conversion failed on, by their own
documentation.

``sibling_helpers`` replaces ``Decimal(text)`` by ``parse_amount(text)``; this finds the
candidates for ``parse_amount``: a function of the package that wraps the same
conversion (the same callable, or a date reader of the same kind, on a value derived from
its one required parameter, with the same other arguments), returns the same type, and
whose docstring (or its module's) shows it reading the failing value: an example written
like it, or, for a timestamp, a unit in its name or docstring, or the divisor it applies.
It is kept apart from the strategy, which goes on to check that sibling code calls the
helper and to write the fix.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.package_functions import (
    module_name,
    module_reference,
    package_modules,
)

__all__ = ["DATE_READERS", "Helper", "family", "final_name", "helpers_reading"]

_TIMESTAMP_READERS = ("fromtimestamp", "utcfromtimestamp", "gmtime", "localtime", "ctime")
# Unit words, in a helper's name (split at "_") or docstring, and what they divide by.
_UNITS = {
    "ms": 1e3, "msec": 1e3, "milli": 1e3, "millis": 1e3, "millisecond": 1e3,
    "milliseconds": 1e3, "us": 1e6, "usec": 1e6, "micros": 1e6, "microsecond": 1e6,
    "microseconds": 1e6, "ns": 1e9, "nsec": 1e9, "nanos": 1e9, "nanosecond": 1e9,
    "nanoseconds": 1e9,
}
_LATEST_SECONDS = 4_102_444_800  # 2100-01-01: a larger "seconds" value is no timestamp
_EXAMPLE = re.compile(r"``\"?([^`\"\n]{1,40})\"?``|\"([^\"\n]{1,40})\"|'([^'\n]{1,40})'")
_REFUSED = re.compile(r"\b(raises?|rejects?|refuses?|invalid|not accepted|errors?)\b", re.I)
# Conversions that read the same kind of text: a helper built on `fromisoformat` is the
# project's reader for what a hand-written `strptime` format meets (its docstring's
# example must still be written like the captured value).
DATE_READERS = ("strptime", "fromisoformat")


def family(callee: str) -> tuple[str, ...]:
    """The conversions that read the same kind of text as ``callee``."""
    return DATE_READERS if callee in DATE_READERS else (callee,)


@dataclass(frozen=True, slots=True)
class Helper:
    """A project function documented to read the value the conversion failed on."""

    path: str
    source: str
    node: ast.FunctionDef
    #: How the crashing module names it: ``parse_amount``, ``money.parse_amount``.
    reference: str
    evidence: str
    #: ``from pkg.money import parse_amount`` when the crashing module does not import it.
    import_line: str | None = None


def final_name(func: ast.expr) -> str | None:
    """The last name of a name or attribute (``fromtimestamp`` of
    ``datetime.fromtimestamp``); None for any other expression."""
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def helpers_reading(analysis: Analysis, tree: ast.Module, call: ast.Call, callee: str,
                    value: object) -> Iterator[Helper]:
    """The package's functions that wrap ``call``'s conversion and document reading
    ``value``, each with how the crashing module names it and the words that say so."""
    assert analysis.crash is not None and analysis.function is not None
    extras = _extras(call)
    for path in package_modules(analysis):
        text = analysis.read(path) if path != analysis.crash.path else analysis.crash.source
        if not text or not any(name in text for name in family(callee)):
            continue
        try:
            module = ast.parse(text)
        except SyntaxError:
            continue
        for node in module.body:
            if not isinstance(node, ast.FunctionDef) or node is analysis.function \
                    or node.name == analysis.function.name:
                continue
            if not _wraps(node, callee, extras) or not _returns_same_type(node, call):
                continue
            reference = module_reference(tree, analysis.crash.path, path, node.name)
            import_line = None
            if reference is None:
                if node.name.startswith("_"):
                    continue  # another module's private helper is not for import
                reference = node.name
                import_line = f"from {module_name(path)} import {node.name}"
            evidence = _documents(node, ast.get_docstring(module) or "", value, callee)
            if evidence:
                yield Helper(path, text, node, reference, evidence, import_line)


def _extras(call: ast.Call) -> tuple[list[str], set[str]]:
    """What the call passes besides the value converted."""
    return ([ast.unparse(a) for a in call.args[1:]],
            {ast.unparse(k) for k in call.keywords})


def _wraps(helper: ast.FunctionDef, callee: str, extras: tuple[list[str], set[str]]) -> bool:
    """The helper's body makes the same conversion of a value derived from its parameter."""
    arguments = helper.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if not positional or arguments.vararg or arguments.kwarg:
        return False
    if len(positional) - len(arguments.defaults) != 1 or any(
            d is None for d in arguments.kw_defaults):
        return False  # exactly one value to give it; the rest have defaults
    parameter = positional[0].arg
    for node in ast.walk(helper):
        name = final_name(node.func) if isinstance(node, ast.Call) else None
        if isinstance(node, ast.Call) and name in family(callee) and node.args \
                and (name != callee or _extras(node) == extras) and any(
                    isinstance(n, ast.Name) and n.id == parameter
                    for n in ast.walk(node.args[0])):
            return True
    return False


def _returns_same_type(helper: ast.FunctionDef, call: ast.Call) -> bool:
    if helper.returns is None:
        return True
    func = call.func
    made = func.value if isinstance(func, ast.Attribute) and func.attr in (
        *_TIMESTAMP_READERS, "fromisoformat", "strptime") else func
    name = final_name(made)
    if name is None:
        return True
    return name in {final_name(n) for n in ast.walk(helper.returns)
                    if isinstance(n, ast.Name | ast.Attribute)}


def _shape(text: str) -> str:
    """``"450,50"`` -> ``"9,9"``: letters and digits collapse, except three digits after a
    separator, which make it a thousands separator (``"1,200"``, ``"9,999"``) where
    ``"12,50"`` has a decimal comma: the same punctuation, another number."""
    letters = re.sub(r"[^\W\d_]+", "a", text.strip())
    grouped = re.sub(r"(?<=\d[.,'\u00a0 ])\d{3}(?!\d)", "###", letters)
    return re.sub(r"\d+", "9", grouped).replace("#", "9")


def _documents(helper: ast.FunctionDef, module_doc: str, value: object,
               callee: str) -> str | None:
    """Where the helper's documentation says it reads ``value``."""
    docstring = ast.get_docstring(helper) or ""
    if isinstance(value, str) and value.strip():
        for where, text in ((f"`{helper.name}`'s docstring", docstring),
                            ("its module's docstring", module_doc)):
            for sentence in re.split(r"(?<=[.;])\s+|\n\s*\n", text):
                if _REFUSED.search(sentence):
                    continue
                for match in _EXAMPLE.finditer(sentence):
                    example = next(g for g in match.groups() if g is not None)
                    if _shape(example) == _shape(value) and re.search(r"\d", example):
                        return (f"{where} shows it reading \"{example}\", written like "
                                f"{value!r}")
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and callee in _TIMESTAMP_READERS and value > _LATEST_SECONDS:
        words = [(f"its name `{helper.name}`", w) for w in helper.name.lower().split("_")]
        words += [(f"`{helper.name}`'s docstring", w)
                  for w in re.findall(r"[a-z]+", docstring.lower())]
        for where, word in words:
            scale = _UNITS.get(word)
            if scale and 0 < value / scale <= _LATEST_SECONDS:
                return (f"{where} says it reads {word}, and {value!r} is a Unix time in "
                        f"{word} ({value / scale:.0f} s)")
        scale = _divisor(helper, callee)
        unit = {1e3: "milliseconds", 1e6: "microseconds", 1e9: "nanoseconds"}.get(scale or 0)
        if scale and unit and 0 < value / scale <= _LATEST_SECONDS:
            return (f"`{helper.name}` divides by {scale:.0f} before `{callee}`, so it reads "
                    f"{unit}, and {value!r} is a Unix time in {unit} ({value / scale:.0f} s)")
    return None


def _divisor(helper: ast.FunctionDef, callee: str) -> float | None:
    """``N`` of ``fromtimestamp(ms / N)`` in the helper: the code's own word on the unit."""
    for node in ast.walk(helper):
        if isinstance(node, ast.Call) and final_name(node.func) == callee and node.args:
            value = node.args[0]
            if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Div | ast.FloorDiv) \
                    and isinstance(value.right, ast.Constant) \
                    and isinstance(value.right.value, int | float):
                return float(value.right.value)
    return None
