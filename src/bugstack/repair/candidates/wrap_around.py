"""An index past one end of something that repeats: the other end of the cycle.

Compass points, hours of a day, a daily programme: an index that runs off one end of such
a sequence means the other end, and the code's own documentation says so. Two shapes:

* a position computed into a module constant, one past its last item::

      #: ... so "N" runs from 348.75 through 360 (= 0) to 11.25 degrees.
      COMPASS_POINTS = ("N", "NNE", ..., "NNW")
      return COMPASS_POINTS[index]        ->  COMPASS_POINTS[index % len(COMPASS_POINTS)]

  Clamping to the last point (the obvious guard) would call a northerly wind NNW.

* the first or last item of a filtered list that is empty at the start of a cycle::

      # (docstring) ... repeats every day, so before the day's first change the
      # previous evening's last change is still in force.
      earlier = [c for c in _in_order(changes) if c.starts <= at]
      return earlier[-1].celsius          ->  (earlier or _in_order(changes))[-1].celsius

  The previous cycle's last item, not a constant for another case (frost protection) and
  not the day's first change.

Backing, all required: an ``IndexError``; a sentence that says the thing repeats or wraps
("repeats every day", "wraps round", "cyclic", "360 (= 0)") and refuses nothing ("never",
"not", "an error"). For a constant the sentence is the constant's own comment, or the
crashed function's documentation naming the constant or quoting one of its items; for a
filtered list it is the crashed function's documentation, and it names the end the index
reads ("last" for ``[-1]``, "first" for ``[0]``) and, for a cycle longer than a day,
the period ("every week") is named in the code. The filtered list is rebuilt from its
source only when that source can be read twice (a name, ``sorted(...)`` of one, or a
one-line function of the same module), its items are the source's own (not built from
them), its one condition orders them against a value, and the crashed statement does not
read that value besides (``Sailing(route, at.date(), later[0])``: the next cycle's first
sailing is on the next day). The nineteenth review and a wrong fix on the corpus beat the
first version seven times.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import is_pure
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import (
    comments_above,
    documentation_near,
    refusal_in,
    sentences,
)

__all__ = ["WrapAround"]

_OUT_OF_RANGE = re.compile(r"^(?:tuple|list|string) index out of range$")
# Words that say the sequence starts again after its end. "Repeats" alone is not one:
# "a hook that keeps failing repeats the last delay" clamps (the nineteenth review).
_CYCLE = re.compile(r"\b(?:wraps?(?:\s+(?:round|around))?|wrapping|wrapped|cycl(?:e|es|ic|ical)|"
                    r"circular|round\s+the\s+clock|goes\s+(?:round|around)|"
                    r"(?:starts?|begins?|takes?\s+over)\s+again|"
                    r"back\s+to\s+the\s+(?:first|start|beginning)|"
                    r"repeats?\s+(?:itself\s+)?(?:every|each)\s+(?:day|night|week|month|year|hour))\b"
                    r"|\(\s*=\s*0\s*\)", re.I)
_REFUSED = re.compile(r"\b(?:never|not|cannot|can't|no\s+longer|errors?|rais\w*|refus\w*|"
                      r"reject\w*|ignor\w*|invalid|out\s+of\s+range|stays?|keeps?|capped|"
                      r"clamp\w*|at\s+most|repeats?\s+the\s+(?:last|final))\b", re.I)
#: A cycle's period; a day's is read off a day's items, any other must be named in code.
_PERIOD = re.compile(r"\b(?:every|each)\s+(day|night|week|month|year|hour)\b", re.I)
_ENDS = {0: re.compile(r"\b(?:first|earliest)\b", re.I),
         -1: re.compile(r"\b(?:last|latest|final)\b", re.I)}


def _cyclic(text: str) -> str | None:
    return next((s for s in sentences(text) if _CYCLE.search(s) and not _REFUSED.search(s)),
                None)


def _module_constants(tree: ast.Module) -> dict[str, tuple[ast.Assign, list[str]]]:
    """Module-level ``NAME = (...)`` tuples and lists of literals, with their items' text."""
    found: dict[str, tuple[ast.Assign, list[str]]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Tuple | ast.List) and node.value.elts \
                and all(isinstance(e, ast.Constant) for e in node.value.elts):
            items = [str(e.value) for e in node.value.elts if isinstance(e, ast.Constant)]
            found[node.targets[0].id] = (node, items)
    return found


def _captured_int(analysis: Analysis, node: ast.expr) -> int | None:
    if not isinstance(node, ast.Name) or node.id not in analysis.values:
        return None
    try:
        value = ast.literal_eval(analysis.values[node.id])
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, int) else None


def _end(index: ast.expr) -> int | None:
    """0 for ``[0]``, -1 for ``[-1]``, None for any other index."""
    if isinstance(index, ast.Constant) and index.value == 0:
        return 0
    if isinstance(index, ast.UnaryOp) and isinstance(index.op, ast.USub) \
            and isinstance(index.operand, ast.Constant) and index.operand.value == 1:
        return -1
    return None


def _one_line_functions(tree: ast.Module) -> set[str]:
    """Module functions whose body (past a docstring) is one ``return``: read twice, they
    give the same answer."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.decorator_list:
            body = node.body[1:] if ast.get_docstring(node) is not None else node.body
            if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value \
                    and not any(isinstance(n, ast.Yield | ast.YieldFrom | ast.Await)
                                for n in ast.walk(body[0])):
                names.add(node.name)
    return names


def _rereadable(source: ast.expr, tree: ast.Module) -> bool:
    if is_pure(source):
        return True
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Name) \
            and not source.keywords and all(is_pure(a) for a in source.args):
        return source.func.id in ("sorted", "list", "tuple") \
            or source.func.id in _one_line_functions(tree)
    return False


def _ordering(condition: ast.expr) -> bool:
    """``c.starts <= at``: one comparison that orders the items against a value."""
    return isinstance(condition, ast.Compare) and len(condition.ops) == 1 \
        and isinstance(condition.ops[0], ast.Lt | ast.LtE | ast.Gt | ast.GtE)


def _period_read_off(sentence: str, function: ast.AST, source: ast.expr) -> bool:
    """Whether the cycle the sentence names is the source's: "every week" needs a week
    in the function's name, parameters or source (``week_programme``); a day's items
    are what a list of changes at times of day is."""
    periods = {p.lower() for p in _PERIOD.findall(sentence)} - {"day", "night"}
    if not periods:
        return True
    named = ast.unparse(source).lower() + " " + " ".join(
        [getattr(function, "name", "")] + [a.arg for a in ast.walk(function)
                                           if isinstance(a, ast.arg)]).lower()
    return all(period in named for period in periods)


def _own_documentation(analysis: Analysis) -> list[tuple[str, str]]:
    """The crashed line's comments and its function's (and class's) documentation; the
    module's docstring speaks of the whole module, not of this sequence."""
    crash, tree = analysis.crash, analysis.tree
    assert crash is not None and tree is not None
    return [(where, text) for where, text in documentation_near(crash.source, tree,
                                                                crash.lineno)
            if where != "the module docstring"]


class WrapAround:
    name = "wrap-around"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None \
                or statement is analysis.function or analysis.exc_type != "IndexError" \
                or not _OUT_OF_RANGE.match(analysis.message.strip()):
            return
        subscripts = [n for n in ast.walk(statement) if isinstance(n, ast.Subscript)
                      and isinstance(n.ctx, ast.Load) and isinstance(n.value, ast.Name)]
        yield from self._positions(analysis, subscripts)
        yield from self._ends(analysis, subscripts)

    def _positions(self, analysis: Analysis, subscripts: list[ast.Subscript]) -> (
        Iterator[Candidate]
    ):
        """``POINTS[index]`` -> ``POINTS[index % len(POINTS)]``."""
        crash, tree = analysis.crash, analysis.tree
        assert crash is not None and tree is not None
        constants = _module_constants(tree)
        lines = crash.source.splitlines()
        for node in subscripts:
            assert isinstance(node.value, ast.Name)
            if node.value.id not in constants or isinstance(node.slice, ast.Constant
                                                            | ast.Slice | ast.UnaryOp) \
                    or not is_pure(node.slice):
                continue
            assignment, items = constants[node.value.id]
            captured = _captured_int(analysis, node.slice)
            if captured is not None and -len(items) <= captured < len(items):
                continue  # this index was in range: another subscript crashed
            own = _cyclic(comments_above(lines, assignment.lineno))
            named = next((s for _, text in _own_documentation(analysis)
                          for s in [_cyclic(text)] if s is not None
                          and (node.value.id in s
                               or any(f'"{item}"' in s or f"'{item}'" in s
                                      or f"``{item}``" in s for item in items))), None)
            reason = own or named
            function = analysis.function
            if reason is None or (function is not None and refusal_in(
                    ast.get_docstring(function) or "") is not None):
                continue  # "a bearing of 360 or more is a wiring fault: it raises"
            name = node.value.id
            index = ast.get_source_segment(crash.source, node.slice) or ast.unparse(node.slice)
            if not isinstance(node.slice, ast.Name | ast.Attribute | ast.Call):
                index = f"({index})"
            yield Candidate(
                strategy=self.name,
                description=f"An index past the end of `{name}` now wraps round to its "
                            f"start (`{index} % len({name})`), as the sequence is a cycle.",
                edits={crash.path: replace_node(crash.source, node.slice,
                                                f"{index} % len({name})")},
                originals={crash.path: crash.source}, plausibility=0.8,
                contract=f'the documentation says: "{reason[:160]}"',
            )

    def _ends(self, analysis: Analysis, subscripts: list[ast.Subscript]) -> (
        Iterator[Candidate]
    ):
        """``earlier[-1]`` -> ``(earlier or _in_order(changes))[-1]``."""
        crash, tree, function = analysis.crash, analysis.tree, analysis.function
        statement = analysis.statement
        assert statement is not None
        assert crash is not None and tree is not None
        if function is None:
            return
        for node in subscripts:
            assert isinstance(node.value, ast.Name)
            end = _end(node.slice)
            name = node.value.id
            if end is None or analysis.values.get(name, "[]") != "[]":
                continue
            bound = [n for n in ast.walk(function) if isinstance(n, ast.Assign | ast.AnnAssign
                                                                 | ast.AugAssign)
                     and any(isinstance(t, ast.Name) and t.id == name
                             for t in (n.targets if isinstance(n, ast.Assign)
                                       else [n.target]))]
            if len(bound) != 1 or not isinstance(bound[0], ast.Assign) \
                    or not isinstance(bound[0].value, ast.ListComp):
                continue
            loops = bound[0].value.generators
            if len(loops) != 1 or len(loops[0].ifs) != 1 or loops[0].is_async \
                    or not _rereadable(loops[0].iter, tree) \
                    or not _ordering(loops[0].ifs[0]) \
                    or ast.unparse(bound[0].value.elt) != ast.unparse(loops[0].target):
                # Another condition beside the ordering (`c.zone == zone`) would be dropped
                # by the source's end; built items (`combine(day, t)`) are not the source's.
                continue
            # The crashed function's own words (and comments in it), not the module's.
            reason = next((s for _, text in _own_documentation(analysis)
                           for s in sentences(text)
                           if _CYCLE.search(s) and not _REFUSED.search(s)
                           and _ENDS[end].search(s)), None)
            if reason is None or not _period_read_off(reason, function, loops[0].iter):
                continue
            compared = {n.id for n in ast.walk(loops[0].ifs[0]) if isinstance(n, ast.Name)
                        and n.id != ast.unparse(loops[0].target)}
            if any(isinstance(n, ast.Name) and n.id in compared for n in ast.walk(statement)):
                # `Sailing(route, at.date(), later[0])`: the answer also says which day, and
                # the next cycle's first item belongs to the next day, not this one.
                continue
            whole = ast.get_source_segment(crash.source, loops[0].iter) \
                or ast.unparse(loops[0].iter)
            which = "first" if end == 0 else "last"
            yield Candidate(
                strategy=self.name,
                description=f"When `{name}` is empty, the {which} item of `{whole}` is "
                            "taken instead, as the sequence repeats.",
                edits={crash.path: replace_node(crash.source, node.value,
                                                f"({name} or {whole})")},
                originals={crash.path: crash.source}, plausibility=0.8,
                contract=f'the documentation says: "{reason[:160]}"',
            )
