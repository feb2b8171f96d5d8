"""A table keyed in one letter case, read with text the code says comes in any case.

``MINOR_UNITS[currency]`` raises ``KeyError: 'jpy'`` while every key of the module's
``MINOR_UNITS`` is upper-case ("JPY") and the docstring says the code comes "in any letter
case" (or ``from_minor`` beside it reads ``MINOR_UNITS[currency.upper()]``). The key is put
in the table's case before the lookup: ``MINOR_UNITS[currency.upper()]``. A key that is
in no case in the table still raises, as before. A default (``.get(currency, 2)``, the
obvious guard) would answer for a key that is there in another case.

Backing, all required: the table is a module-level dict written out with string keys all
in one case; the missing key is text that is one of them in that case; and the crashed
function's docstring has a sentence saying letter case does not matter ("in any letter
case", "case-insensitive", "ignoring case"), not negated, or a sibling function in the
module reads the same table with ``.upper()``/``.lower()`` of its key.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["KeyInTableCase"]

_ANY_CASE = re.compile(r"\b(in any (letter )?case|case[- ]insensitive(ly)?|ignor(es|ing) "
                       r"(letter )?case|whatever (the )?(letter )?case|any capitali[sz]ation)\b",
                       re.I)
_NEGATION = re.compile(r"\b(not|never|must be|only)\b", re.I)


def _tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module dicts written out with string keys: name -> keys."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        if not isinstance(value, ast.Dict) or not value.keys:
            continue
        keys = [k.value for k in value.keys
                if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        if len(keys) != len(value.keys):
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = keys
    return found


def _case(keys: list[str]) -> str | None:
    """``upper`` or ``lower``: the one case every key is written in."""
    if all(k == k.upper() and k != k.lower() for k in keys):
        return "upper"
    if all(k == k.lower() and k != k.upper() for k in keys):
        return "lower"
    return None


def _documented(doc: str) -> str | None:
    for sentence in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", doc)):
        match = _ANY_CASE.search(sentence)
        if match and not _NEGATION.search(sentence[:match.start()]):
            return sentence.strip()
    return None


def _sibling(tree: ast.Module, crashed: ast.AST, table: str, case: str) -> str | None:
    """A function that reads ``table`` with its key put in ``case``."""
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) \
                or function is crashed:
            continue
        for node in ast.walk(function):
            key: ast.expr | None = None
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) == table:
                key = node.slice
            elif isinstance(node, ast.Call) and ast.unparse(node.func) == f"{table}.get" \
                    and node.args:
                key = node.args[0]
            if isinstance(key, ast.Call) and isinstance(key.func, ast.Attribute) \
                    and key.func.attr == case and not key.args:
                return function.name
    return None


class KeyInTableCase:
    name = "key-in-table-case"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "KeyError" or crash is None or statement is None \
                or function is None or tree is None:
            return
        try:
            missing = ast.literal_eval(analysis.message.strip())
        except (ValueError, SyntaxError):
            return
        if not isinstance(missing, str):
            return
        tables = _tables(tree)
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
                    and node.value.id in tables and isinstance(node.slice, ast.Name)):
                continue
            table, keys = node.value.id, tables[node.value.id]
            case = _case(keys)
            if case is None or missing in keys or getattr(missing, case)() not in keys:
                continue  # mixed case, or a key that is in no case in the table
            sentence = _documented(ast.get_docstring(function) or "")
            sibling = _sibling(tree, function, table, case)
            if sentence is None and sibling is None:
                continue
            contract = f"the docstring says: \"{sentence[:160]}\"" if sentence else \
                f"`{sibling}` reads `{table}` with the key `.{case}()`"
            key = node.slice.id
            yield Candidate(
                strategy=self.name,
                description=f"`{key}` is put in `{table}`'s {case} case before the lookup, "
                            "so a known key in another case is found; an unknown one still "
                            "raises.",
                edits={crash.path: replace_node(crash.source, node.slice,
                                                f"{key}.{case}()")},
                originals={crash.path: crash.source},
                plausibility=0.85 if sentence else 0.75, contract=contract,
            )
