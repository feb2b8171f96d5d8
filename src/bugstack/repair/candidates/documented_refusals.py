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
found) and names the table's kind, its last word (``COUPON_LIMITS`` holds limits, not
coupons); no sentence of the function's, the module's or the class's docstring, or of
the table's comment, speaks of an unlisted key otherwise ("a coupon not listed here may
be used any number of times", "an unknown code is not refused"); and no caller in the
package catches the KeyError the fix would replace. The tenth adversarial review of
2026-11-27 beat the first version 4 times in 4 that way.
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
from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["DocumentedRefusal"]

_QUOTED = re.compile(r'"([^"\n]{3,80})"')
_UNKNOWN = re.compile(r"\b(?:unknown|no such|not found|does not exist)\b", re.I)
# Words about a key the table does not hold, in prose that may answer that case otherwise.
_ABSENT_KEY = re.compile(r"\b(?:unknown|unlisted|not listed|not in|no such|not found|missing)\b",
                         re.I)
_LOOKUP_ERRORS = {"KeyError", "LookupError", "Exception", "BaseException"}
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
    """What a table holds, by its last word: ``COUPONS`` -> {"coupons", "coupon"};
    ``COUPON_LIMITS`` holds limits, not coupons."""
    last = table.lower().split("_")[-1]
    return {last, last[:-1]} if last.endswith("s") else {last}


def _answered_otherwise(texts: list[str], message: str, cls: str) -> str | None:
    """A sentence about a key the table lacks that is not the refusal itself ("a coupon
    not listed here may be used any number of times", "an unknown but well-formed code
    is not refused")."""
    for text in texts:
        for sentence in sentences(text):
            if _ABSENT_KEY.search(sentence) and message not in sentence and not (
                    cls in sentence and not re.search(r"\bnot\b|\bnever\b", sentence)):
                return sentence
    return None


def _caught_by_callers(analysis: Analysis, function: str) -> bool:
    """Whether package code calls ``function`` inside a ``try`` that catches KeyError:
    the caller relies on the error the fix would replace."""
    for rel in package_modules(analysis):
        text = analysis.read(rel) or ""
        if f"{function}(" not in text or "except" not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try) or not any(
                    isinstance(c, ast.Call) and (getattr(c.func, "id", None) == function
                                                 or getattr(c.func, "attr", None) == function)
                    for s in node.body for c in ast.walk(s)):
                continue
            for handler in node.handlers:
                caught = {ast.unparse(n).rsplit(".", 1)[-1] for n in ast.walk(handler.type)
                          if isinstance(n, ast.Name | ast.Attribute)} if handler.type else {
                    "BaseException"}
                if caught & _LOOKUP_ERRORS:
                    return True
    return False


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
            texts = [ast.get_docstring(function) or "", ast.get_docstring(tree) or "",
                     classes.get(cls, ""), _table_comment(crash.source, tree, table)]
            if _answered_otherwise(texts, message, cls) \
                    or _caught_by_callers(analysis, function.name):
                continue
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


def _table_comment(source: str, tree: ast.Module, table: str) -> str:
    lines = source.splitlines()
    return next((comments_above(lines, n.lineno) for n in tree.body
                 if isinstance(n, ast.Assign | ast.AnnAssign) and any(
                     isinstance(t, ast.Name) and t.id == table
                     for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))), "")
