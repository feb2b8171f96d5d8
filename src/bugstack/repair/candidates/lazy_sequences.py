"""``'generator' object is not subscriptable``: a lazy iterable indexed or sliced as if it
were the list it used to be (a helper rewritten to ``yield``, ``dict.keys()`` and ``map``
since Python 3).

The fix takes what the code asks for from a fresh iterator: ``next(x)`` for ``x[0]``,
which runs it only as far as the first item (as ``[0]`` read only that much of the list),
and ``list(x)[-5:]`` otherwise, which keeps the order it yields in. ``itertools.islice``
(the other repair people reach for) cannot take from the end.

Backing, all of it required: the message names a lazy type of the standard library; the
value indexed is written in the crashing statement as the call that makes it, or is a
local the function assigned from such a call and reads nowhere else (an iterator handed
in by the caller may be read on by it); that call makes a fresh iterator: ``map``,
``filter``, ``zip``, ``reversed``, a dict's ``keys()``/``values()``/``items()``, or a
generator function of the repository (one definition of that name, with ``yield``: a
method handing back a stored generator does not count); and that generator changes
nothing outside itself (``queue.pop(0)`` in it: running it further takes jobs off).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.candidates.effects import effect_in

__all__ = ["LazySequence"]

_MESSAGE = re.compile(r"'(?P<kind>generator|dict_keys|dict_values|dict_items|map|filter|zip|"
                      r"reversed|odict_keys|odict_values|odict_items)' object is not "
                      r"subscriptable")
_MAKERS = {"map", "filter", "zip", "reversed"}
_VIEWS = {"keys", "values", "items"}


class LazySequence:
    name = "lazy-sequence"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.exc_type != "TypeError" or analysis.crash is None:
            return
        match = _MESSAGE.search(analysis.message)
        statement, function = analysis.statement, analysis.function
        if match is None or statement is None or function is None:
            return
        indexed = [node for node in ast.walk(statement) if isinstance(node, ast.Subscript)
                   and isinstance(node.ctx, ast.Load)
                   and _fresh(analysis, node.value, function)]
        if len(indexed) != 1:
            return  # which of several was lazy is not known without running it
        subscript = indexed[0]
        written = ast.unparse(subscript.value)
        first = isinstance(subscript.slice, ast.Constant) and subscript.slice.value == 0
        source = analysis.crash.source
        if first and match.group("kind") == "generator":
            new = replace_node(source, subscript, f"next({written})")
            how = f"`next({written})` takes its first item"
        else:
            new = replace_node(source, subscript.value, f"list({written})")
            how = "it is collected into a list first, in the order it yields"
        yield Candidate(
            strategy=self.name,
            description=(f"`{written}` gives a lazy `{match.group('kind')}`, which cannot be "
                         f"indexed; {how}."),
            edits={analysis.crash.path: new}, originals={analysis.crash.path: source},
            plausibility=0.8,
            contract=(f"the code indexes `{written}` as a sequence, and `{written}` makes a "
                      f"fresh iterator of that sequence's items"),
        )


def _fresh(analysis: Analysis, value: ast.expr, function: FunctionNode) -> bool:
    """Whether ``value`` is (or holds only) a fresh iterator nothing else reads."""
    if isinstance(value, ast.Name):
        reads = [n for n in ast.walk(function) if isinstance(n, ast.Name)
                 and n.id == value.id and isinstance(n.ctx, ast.Load)]
        made = [node.value for node in ast.walk(function) if isinstance(node, ast.Assign)
                and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == value.id]
        stored = [n for n in ast.walk(function) if isinstance(n, ast.Name)
                  and n.id == value.id and not isinstance(n.ctx, ast.Load)]
        return (len(reads) == 1 and len(made) == 1 and len(stored) == 1
                and isinstance(made[0], ast.Call) and _makes_fresh(analysis, made[0]))
    return isinstance(value, ast.Call) and _makes_fresh(analysis, value)


def _makes_fresh(analysis: Analysis, call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name) and func.id in _MAKERS:
        return True
    if isinstance(func, ast.Attribute) and func.attr in _VIEWS and not call.args:
        return True
    name = func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)
    if name is None:
        return False
    found = analysis.definitions(name)
    if len(found) != 1:
        return False
    path, generator = found[0]
    yields = any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(generator))
    module = next((tree for rel, _, tree in analysis.parsed_files(f"def {name}")
                   if rel == path), None)
    return yields and effect_in(generator, module=module) is None
