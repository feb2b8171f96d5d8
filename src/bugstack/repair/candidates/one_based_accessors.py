"""A table of numbered things read with the number itself, where the project's accessor
reads it one place lower.

::

    \"\"\"... PERIOD_TIMES[0] holds period 1.\"\"\"
    PERIOD_TIMES = [("08:50", "09:45"), ...]

    def bell_times(period: int) -> tuple[str, str]:
        \"\"\"Start and end of ``period`` (1 to len(PERIOD_TIMES)).\"\"\"
        return PERIOD_TIMES[period - 1]

    # in a view that imports both:
    start, end = PERIOD_TIMES[period]

raises IndexError for the last period, and shows every other one with the next
period's times. The project's accessor already knows the numbering, so the read goes
through it::

    start, end = bell_times(period)

Skipping the lesson, or clamping to the last row (the obvious guards), hide the last
period and leave every other one a period late.

Backing, all required:

* an IndexError at a statement with exactly one subscript of a module table by a plain
  name or attribute (``PERIOD_TIMES[period]``);
* a function of the repository, bound in the crashed module (defined or imported by
  name), whose whole body (besides its docstring) is ``return TABLE[param - 1]`` for its
  one parameter, named like the index (``period`` for ``period`` or ``lesson.period``);
* the table the crash reads is the accessor's (the same module, or imported by name from
  it: a module's own table of the same name is another one);
* the documentation says the numbering starts at 1: the accessor's docstring ("1 to
  len(PERIOD_TIMES)", "numbered from 1", "count from 1") or the table's module docstring
  or comment ("PERIOD_TIMES[0] holds period 1");
* nothing makes the index a position from 0: not counted by ``enumerate()`` from 0, not
  documented as a row ("0 for the first period", "the row of PERIOD_TIMES").

Review 24 beat the first version with 3 wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import comments_above

__all__ = ["OneBasedAccessor"]

_FROM_ONE = re.compile(r"\b1\s+(?:to|through|\.\.)\s+len\(|\bnumbered\s+from\s+(?:1|one)\b"
                       r"|\b(?:counts?|counted|starts?|begins?)\s+(?:from|at)\s+(?:1|one)\b"
                       r"|\b(?:1|one)-based\b|\bfirst\s+\w+\s+is\s+(?:number\s+)?1\b", re.I)


def _one_lower(function: FunctionNode, table: str) -> str | None:
    """The parameter of ``def f(p): return TABLE[p - 1]``, when that is all it does."""
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    parameters = [*function.args.posonlyargs, *function.args.args]
    if len(body) != 1 or len(parameters) != 1 or function.args.kwonlyargs \
            or not isinstance(body[0], ast.Return):
        return None
    read = body[0].value
    if not (isinstance(read, ast.Subscript) and isinstance(read.value, ast.Name)
            and read.value.id == table and isinstance(read.slice, ast.BinOp)
            and isinstance(read.slice.op, ast.Sub) and isinstance(read.slice.left, ast.Name)
            and read.slice.left.id == parameters[0].arg
            and isinstance(read.slice.right, ast.Constant) and read.slice.right.value == 1):
        return None
    return parameters[0].arg


# The index's own words make it a row: "0 for the first period", "the row of ...".
_ZERO_BASED = re.compile(r"\b0\s+(?:for|is|means)\s+the\s+first\b|\b(?:zero|0)-based\b"
                         r"|\b(?:from|at)\s+(?:0|zero)\b|\bthe\s+row\s+(?:of|in)\b"
                         r"|\bindex\s+(?:of|into|in)\b|\bposition\s+in\b", re.I)


def _index_is_a_row(analysis: Analysis, key: ast.expr) -> bool:
    """The index is documented or made as a position from 0: a field whose comment says
    so, a name a docstring sentence says so of, or a name ``enumerate()`` counts from 0."""
    if isinstance(key, ast.Attribute):
        return any(_ZERO_BASED.search(c) for c in analysis.declaration_comments(key.attr))
    function = analysis.function
    if not isinstance(key, ast.Name) or function is None or isinstance(function, ast.Lambda):
        return False
    for node in ast.walk(function):
        if isinstance(node, ast.For | ast.comprehension) and isinstance(node.iter, ast.Call) \
                and isinstance(node.iter.func, ast.Name) and node.iter.func.id == "enumerate" \
                and any(isinstance(n, ast.Name) and n.id == key.id
                        for n in ast.walk(node.target)):
            start = node.iter.args[1] if len(node.iter.args) > 1 else next(
                (k.value for k in node.iter.keywords if k.arg == "start"), None)
            if not (isinstance(start, ast.Constant) and start.value == 1):
                return True
    named = re.compile(rf"\b{re.escape(key.id)}\b")
    return any(named.search(s) and _ZERO_BASED.search(s)
               for s in re.split(r"(?<=[.!?])\s+", ast.get_docstring(function) or ""))


def _same_table(tree: ast.Module, table: str, module_path: str, crash_path: str) -> bool:
    """The crashed module's ``table`` is the accessor's: the same module, or imported by
    name from it (a module's own table of the same name is another table)."""
    if module_path == crash_path:
        return True
    module = module_path.removesuffix(".py").replace("/", ".")
    return any(isinstance(n, ast.ImportFrom) and n.module and module.endswith(n.module)
               and any(a.name == table and (a.asname or a.name) == table for a in n.names)
               for n in tree.body)


def _bound_in(tree: ast.Module, name: str) -> bool:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return True
        if isinstance(node, ast.ImportFrom) and any(
                (a.asname or a.name) == name and a.name == name for a in node.names):
            return True
    return False


def _numbered_from_one(text: str, tree: ast.Module, function: FunctionNode,
                       table: str) -> bool:
    said = [ast.get_docstring(function) or "", ast.get_docstring(tree) or ""]
    said += [comments_above(text.splitlines(), node.lineno) for node in tree.body
             if isinstance(node, ast.Assign | ast.AnnAssign) and table in ast.unparse(node)]
    holds = re.compile(rf"\b{re.escape(table)}\[0\]\s+(?:holds|is|has|stores|keeps)\s+"
                       r"(?:\w+\s+){0,2}(?:1|one)\b", re.I)
    return any(_FROM_ONE.search(t) or holds.search(t) for t in said)


class OneBasedAccessor:
    name = "one-based-accessor"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if analysis.exc_type != "IndexError" or crash is None or statement is None \
                or tree is None or statement is analysis.function:
            return
        reads = [n for n in ast.walk(statement) if isinstance(n, ast.Subscript)
                 and isinstance(n.ctx, ast.Load)]
        if len(reads) != 1 or not isinstance(reads[0].value, ast.Name) \
                or not isinstance(reads[0].slice, ast.Name | ast.Attribute):
            return
        read = reads[0]
        assert isinstance(read.value, ast.Name)
        table, key_node = read.value.id, read.slice
        index = key_node.id if isinstance(key_node, ast.Name) \
            else key_node.attr if isinstance(key_node, ast.Attribute) else ""
        if _index_is_a_row(analysis, key_node):
            return
        found = []
        for rel, text, module in analysis.parsed_files(f"{table}["):
            for node in module.body:
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                        and _one_lower(node, table) == index and _bound_in(tree, node.name) \
                        and _same_table(tree, table, rel, crash.path) \
                        and _numbered_from_one(text, module, node, table):
                    found.append(node.name)
        if len(set(found)) != 1:
            return
        accessor = found[0]
        key = ast.get_source_segment(crash.source, read.slice) or ast.unparse(read.slice)
        yield Candidate(
            strategy=self.name,
            description=f"`{table}` is numbered from 1: `{table}[{key}]` now goes through "
                        f"`{accessor}({key})`, which reads it one place lower, instead of "
                        "raising IndexError (and reading the next row for every other one).",
            edits={crash.path: replace_node(crash.source, read, f"{accessor}({key})")},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"`{accessor}` returns `{table}[{index} - 1]` and the documentation "
                     "numbers it from 1",
        )
