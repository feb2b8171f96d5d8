"""``KeyError: 'eBook'`` from a table whose keys the code itself stores normalised
(``{fmt.strip().lower(): rate for fmt, rate in ...}``), read with the text as it came.

A table built that way can never hold ``'eBook'``: every key went through the same
``strip().lower()``. The read is normalised the same way, ``rates[sale.format.strip()
.lower()]``, so text in any case finds its entry and text in no case still raises as
before. ``rates.get(sale.format, 0)`` (the obvious guard) would pay nothing for a format
that is there.

Backing, all of it required: the crashing statement reads a table by a key that is not a
constant, through a name or attribute (``contract.rates``); every dict comprehension of
the repository that builds a table of that name (assigned to it, to ``self.<name>``, or
passed as ``<name>=``) keys it by the same chain of ``lower``/``upper``/``casefold``/
``strip`` calls of its loop variable; and the missing key, so normalised, is another text.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["NormalisedTableKey"]

_NORMALISERS = {"lower", "upper", "casefold", "strip", "lstrip", "rstrip"}


def _chain(key: ast.expr, variable: str) -> tuple[str, ...] | None:
    """``fmt.strip().lower()`` -> ("strip", "lower") when it normalises ``variable``."""
    methods: list[str] = []
    while isinstance(key, ast.Call) and isinstance(key.func, ast.Attribute) \
            and key.func.attr in _NORMALISERS and not key.args and not key.keywords:
        methods.append(key.func.attr)
        key = key.func.value
    if not methods or not (isinstance(key, ast.Name) and key.id == variable):
        return None
    return tuple(reversed(methods))


def _built_for(node: ast.AST) -> Iterator[tuple[str, ast.DictComp | ast.Dict]]:
    """(table name, dict) for each dict display or comprehension stored under a name."""
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.DictComp | ast.Dict):
        for target in node.targets:
            if isinstance(target, ast.Name):
                yield target.id, node.value
            elif isinstance(target, ast.Attribute):
                yield target.attr, node.value
    elif isinstance(node, ast.keyword) and node.arg and isinstance(
            node.value, ast.DictComp | ast.Dict):
        yield node.arg, node.value


def _written_keys(built: ast.Dict) -> list[str]:
    return [k.value for k in built.keys if isinstance(k, ast.Constant)
            and isinstance(k.value, str)]


def _normalisation(analysis: Analysis, table: str) -> tuple[str, ...] | None:
    """The chain every comprehension building ``table`` keys it by; None when they
    differ, when there is none, or when a dict written out under that name holds a key
    not in that form (a table written ``{"Paperback": ...}`` is not normalised)."""
    chains: set[tuple[str, ...] | None] = set()
    written: list[str] = []
    for _, _, tree in analysis.parsed_files(table):
        for node in ast.walk(tree):
            for name, built in _built_for(node):
                if name != table:
                    continue
                if isinstance(built, ast.Dict):
                    written += _written_keys(built)
                    continue
                target = built.generators[0].target
                variable = target.elts[0] if isinstance(target, ast.Tuple) else target
                chains.add(_chain(built.key, variable.id)
                           if isinstance(variable, ast.Name) else None)
    if len(chains) != 1:
        return None
    chain = chains.pop()
    if chain is None or any(_normalised(key, chain) != key for key in written):
        return None
    return chain


def _normalised(text: str, chain: tuple[str, ...]) -> str:
    for method in chain:
        text = getattr(text, method)()
    return text


class NormalisedTableKey:
    name = "normalised-table-key"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if analysis.exc_type != "KeyError" or crash is None or statement is None:
            return
        missing = analysis.missing_text_key()
        if missing is None:
            return
        reads = [node for node in ast.walk(statement) if isinstance(node, ast.Subscript)
                 and isinstance(node.ctx, ast.Load) and not isinstance(node.slice, ast.Constant)
                 and isinstance(node.value, ast.Name | ast.Attribute)]
        tables = {(n.value.id if isinstance(n.value, ast.Name) else n.value.attr): n
                  for n in reads if isinstance(n.value, ast.Name | ast.Attribute)}
        for table, read in tables.items():
            chain = _normalisation(analysis, table)
            if chain is None:
                continue
            if _normalised(missing, chain) == missing:
                continue  # the key is already in the table's form: not this bug
            key = ast.unparse(read.slice)
            if not isinstance(read.slice, ast.Name | ast.Attribute | ast.Subscript | ast.Call):
                key = f"({key})"
            calls = "".join(f".{method}()" for method in chain)
            yield Candidate(
                strategy=self.name,
                description=(f"`{table}` is stored with its keys normalised "
                             f"(`{calls.lstrip('.')}`), so the key is normalised the same "
                             f"way before the lookup."),
                edits={crash.path: replace_node(crash.source, read.slice, f"{key}{calls}")},
                originals={crash.path: crash.source},
                plausibility=0.8,
                contract=f"the code builds `{table}` with every key put through `{calls}`",
            )
