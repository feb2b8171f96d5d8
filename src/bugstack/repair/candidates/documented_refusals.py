"""A key missing from a table, where the project's own exception documents the refusal
for exactly that case.

::

    class CouponRejected(ValueError):
        # docstring: A coupon the checkout refuses. Its message is shown to the
        # customer under the coupon field, and is one of "unknown coupon" or
        # "coupon expired".

    coupon = COUPONS[code.strip().upper()]          # KeyError: 'SUMMER15'
    if coupon.expires < today:
        raise CouponRejected("coupon expired")

The function already refuses one case with ``CouponRejected`` and one of its documented
messages; another documented message, "unknown coupon", names the case that crashed (a
word of the table, ``COUPONS``, after "unknown"). The fix refuses it the same way::

    if code.strip().upper() not in COUPONS:
        raise CouponRejected("unknown coupon")

A discount of 0 would price the cart as if no coupon had been typed; a 404 would say the
cart is missing. Backing, all required: the crash is ``KeyError`` reading a module-level
table by a key expression that is safe to evaluate twice (names, attributes, constants,
``strip``/``lower``/``upper``-like calls); the crashing function raises a class of its
package whose docstring quotes its messages; it raises that class with one of them
already; exactly one other quoted message says the key is unknown (unknown, no such, not
found) and names the table's kind.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.candidates.package_functions import package_modules

__all__ = ["DocumentedRefusal"]

_QUOTED = re.compile(r'"([^"\n]{3,80})"')
_UNKNOWN = re.compile(r"\b(?:unknown|no such|not found|does not exist|invalid)\b", re.I)
_PURE_METHODS = {"strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title"}
_PURE_CALLS = {"str", "int"}


def _pure(key: ast.expr) -> bool:
    """Whether ``key`` can be evaluated a second time with the same answer."""
    if isinstance(key, ast.Name | ast.Constant):
        return True
    if isinstance(key, ast.Attribute):
        return _pure(key.value)
    if isinstance(key, ast.Call) and not key.keywords:
        func = key.func
        if isinstance(func, ast.Attribute) and func.attr in _PURE_METHODS:
            return _pure(func.value) and all(_pure(a) for a in key.args)
        if isinstance(func, ast.Name) and func.id in _PURE_CALLS and len(key.args) == 1:
            return _pure(key.args[0])
    return False


def _kind_words(table: str) -> set[str]:
    """``COUPONS`` -> {"coupons", "coupon"}; ``VAT_RATES`` -> {"vat", "rates", "rate"}."""
    words = {w for w in table.lower().split("_") if len(w) > 2}
    return words | {w[:-1] for w in words if w.endswith("s")}


def _exception_classes(analysis: Analysis) -> dict[str, str]:
    """Exception classes of the package with their docstrings, by name."""
    found: dict[str, str] = {}
    for rel in package_modules(analysis):
        text = analysis.read(rel) or ""
        if "class " not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.bases:
                found[node.name] = ast.get_docstring(node) or ""
    return found


def _raised_messages(function: ast.AST) -> dict[str, set[str]]:
    """``raise C("text")`` in ``function``: the literal messages each class is raised with."""
    raised: dict[str, set[str]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                and isinstance(node.exc.func, ast.Name) and len(node.exc.args) == 1 \
                and isinstance(node.exc.args[0], ast.Constant) \
                and isinstance(node.exc.args[0].value, str):
            raised.setdefault(node.exc.func.id, set()).add(node.exc.args[0].value)
    return raised


class DocumentedRefusal:
    name = "documented-refusal"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "KeyError" or crash is None or statement is None \
                or function is None or tree is None:
            return
        module_tables = {t.id for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign)
                         for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                         if isinstance(t, ast.Name)}
        reads = [n for n in ast.walk(statement) if isinstance(n, ast.Subscript)
                 and isinstance(n.ctx, ast.Load) and isinstance(n.value, ast.Name)
                 and n.value.id in module_tables and _pure(n.slice)]
        if len(reads) != 1:
            return
        read = reads[0]
        assert isinstance(read.value, ast.Name)
        table = read.value.id
        kinds = _kind_words(table)
        classes = _exception_classes(analysis)
        for cls, messages in _raised_messages(function).items():
            documented = _QUOTED.findall(classes.get(cls, ""))
            if not documented or not messages & set(documented):
                continue
            unknown = [m for m in documented if m not in messages and _UNKNOWN.search(m)
                       and kinds & {w.lower() for w in re.findall(r"[A-Za-z]+", m)}]
            if len(unknown) != 1:
                continue
            key = ast.get_source_segment(crash.source, read.slice) or ast.unparse(read.slice)
            message = unknown[0]
            new = insert_before_statement(crash.source, statement, [
                f"if {key} not in {table}:", f"\traise {cls}({message!r})"])
            if '"' not in message:
                new = new.replace(f"raise {cls}({message!r})", f'raise {cls}("{message}")')
            shown = next(iter(sorted(messages & set(documented))))
            yield Candidate(
                strategy=self.name,
                description=f"A key not in `{table}` is now refused with `{cls}(\"{message}\")`"
                            f", as `{function.name}` already refuses with \"{shown}\", "
                            "instead of raising KeyError.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.85,
                contract=f"`{cls}`'s docstring lists its messages, \"{message}\" among them, "
                         f"and `{function.name}` already raises it with \"{shown}\"",
            )
