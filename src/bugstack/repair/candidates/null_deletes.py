"""A None in a mapping laid over another, where the docstring says None deletes the key.

``overlay(base, override)`` merges ``override`` into a copy of ``base`` key by key; with
``{"sentry": None}`` it recurses into ``overlay(base["sentry"], None)`` and raises
"'NoneType' object has no attribute 'items'". When the function's docstring says a null
in that parameter deletes the key ("A ``null`` (None) in ``override`` deletes the key"),
the loop over the parameter's items does that first::

    for key, value in override.items():
        if value is None:
            merged.pop(key, None)
            continue
        ...

Skipping None values would keep the section enabled; storing None would keep the key.
Only a function with one ``for K, V in PARAM.items()`` loop that stores ``M[K] = ...``
into one mapping, and a docstring sentence naming the parameter, null or None, and a
deletion of the key, is handled.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.contract_items import sentences

__all__ = ["NullDeletesKey"]

_DELETES = re.compile(r"\b(?:null|None)\b.*\b(?:delet|remov|unset|drop)\w*\s+(?:the\s+|its\s+"
                      r"|that\s+)?(?:key|entry|setting|field|section)s?\b(?!')", re.I)
# Denied, or said of the past ("used to delete; since 2.0 it is kept"): adversarial review.
_NOT = re.compile(r"\b(?:not|never|rather\s+than|used\s+to|no\s+longer|formerly|kept|keeps"
                  r"|since)\b|n't\b", re.I)


def _loops(function: ast.AST, parameter: str) -> list[tuple[ast.For, str, str, str]]:
    """``for K, V in PARAM.items()`` loops storing ``M[K] = ...``: (loop, K, V, M)."""
    found = []
    for loop in ast.walk(function):
        if not (isinstance(loop, ast.For) and isinstance(loop.iter, ast.Call)
                and isinstance(loop.iter.func, ast.Attribute) and loop.iter.func.attr == "items"
                and isinstance(loop.iter.func.value, ast.Name)
                and loop.iter.func.value.id == parameter and not loop.iter.args
                and isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2
                and all(isinstance(e, ast.Name) for e in loop.target.elts)):
            continue
        key, value = (e.id for e in loop.target.elts)  # type: ignore[attr-defined]
        stores = {t.value.id for n in ast.walk(loop) if isinstance(n, ast.Assign)
                  for t in n.targets if isinstance(t, ast.Subscript)
                  and isinstance(t.value, ast.Name) and isinstance(t.slice, ast.Name)
                  and t.slice.id == key}
        if len(stores) == 1:
            found.append((loop, key, value, stores.pop()))
    return found


class NullDeletesKey:
    name = "null-deletes-key"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        if crash is None or function is None or "NoneType" not in analysis.message:
            return  # the None reached code that cannot take it; any other error is not this
        parameters = [a.arg for a in function.args.args + function.args.kwonlyargs]
        for sentence in sentences(ast.get_docstring(function) or ""):
            if not _DELETES.search(sentence) or _NOT.search(sentence):
                continue
            named = [p for p in parameters if re.search(rf"\b{re.escape(p)}\b", sentence)]
            loops = [loop for p in named for loop in _loops(function, p)]
            if len(loops) != 1:
                return
            loop, key, value, mapping = loops[0]
            edited = insert_before_statement(crash.source, loop.body[0], [
                f"if {value} is None:", f"\t{mapping}.pop({key}, None)", "\tcontinue",
            ])
            yield Candidate(
                strategy=self.name,
                description=f"A None in `{loop.iter.func.value.id}` "  # type: ignore[attr-defined]
                            f"now deletes the key from `{mapping}`, as the docstring says, "
                            "instead of being merged.",
                edits={crash.path: edited}, originals={crash.path: crash.source},
                plausibility=0.8, contract=f'the docstring says: "{sentence[:200]}"',
            )
            return
