"""Entries of equal priority on a heap, compared by their payload, where the class says
equal priorities come out in the order they were pushed.

``heapq.heappush(self._heap, (priority, job))`` compares the jobs when two priorities are
equal, and dicts cannot be ordered: "'<' not supported between instances of 'dict' and
'dict'". Making the payload comparable would order a priority's jobs by their content.
When the class or the method documents first-in-first-out within a priority ("jobs of
equal priority come out in the order they were pushed"), a push counter breaks ties:
``(priority, next(self._pushed), job)``, with ``self._pushed = itertools.count()`` set
beside the heap in ``__init__``: the payload is never compared, and equal priorities
leave in push order.

Every other use of the heap must be one the third member leaves unchanged: ``len``, a
truth test, and an entry's first (``[0]``) or last (``[-1]``) item. An entry unpacked,
iterated or read at ``[1]``, a heap built anywhere but ``__init__``, a class that already
has ``_pushed``, or documentation that is silent or orders ties otherwise gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_nodes

__all__ = ["HeapTieBreaker"]

_UNORDERABLE = re.compile(r"^'[<>]=?' not supported between instances of '(\w+)' and '\1'$")
_TIES = r"(?:equal|the\s+same|same|tied)\s+priorit(?:y|ies)"
# Ties leave in the order they came in.
_FIFO = re.compile(
    rf"\b{_TIES}\b[^.;]{{0,80}}?(?:\bin\s+the\s+order\s+(?:they\s+(?:were|are)\s+)?"
    r"(?:pushed|added|queued|put|inserted|submitted)|\bfirst[\s-]+in,?\s+first[\s-]+out\b"
    r"|\bFIFO\b|\binsertion\s+order\b)", re.I)
# ... or in another order.
_OTHERWISE = re.compile(r"\b(?:arbitrary|any\s+order|unspecified|undefined|LIFO|last[\s-]+in"
                        r"|sorted\s+by|by\s+(?:their\s+)?(?:name|id|key|content))\b", re.I)
_COUNTER = "_pushed"


def _documented(texts: list[tuple[str, str]]) -> str | None:
    found: str | None = None
    for where, text in texts:
        flat = re.sub(r"\s+", " ", text)
        for sentence in re.split(r"(?<=[.;!?])\s+", flat):
            if not re.search(rf"\b{_TIES}\b", sentence, re.I):
                continue
            if _OTHERWISE.search(sentence):
                return None
            if found is None and _FIFO.search(sentence):
                found = f'{where} says: "{sentence.strip()[:200]}"'
    return found


def _heap_uses_ok(cls: ast.ClassDef, attr: str,
                  push: ast.Call) -> ast.Assign | ast.AnnAssign | None:
    """The ``__init__`` assignment of the heap when every other use of it keeps working
    with a counter between an entry's first and last items; None otherwise."""
    parents = {id(c): p for p in ast.walk(cls) for c in ast.iter_child_nodes(p)}
    init: ast.Assign | ast.AnnAssign | None = None
    for node in ast.walk(cls):
        if not (isinstance(node, ast.Attribute) and node.attr == attr
                and isinstance(node.value, ast.Name) and node.value.id == "self"):
            continue
        parent = parents.get(id(node))
        if isinstance(node.ctx, ast.Store):
            if init is not None or not isinstance(parent, ast.Assign | ast.AnnAssign):
                return None
            init = parent
            continue
        if parent is push:
            continue
        if isinstance(parent, ast.Call) and ast.unparse(parent.func) in ("len", "bool"):
            continue
        if isinstance(parent, ast.UnaryOp | ast.If | ast.While | ast.BoolOp):
            continue
        outer = parent
        if isinstance(parent, ast.Call) and ast.unparse(parent.func) in (
                "heapq.heappop", "heappop") and parent.args[:1] == [node]:
            outer = parents.get(id(parent))
            reader: ast.AST | None = parent
        else:
            reader = node
            if isinstance(parent, ast.Subscript) and ast.unparse(parent.slice) == "0":
                reader, outer = parent, parents.get(id(parent))
        if (isinstance(outer, ast.Subscript) and outer.value is reader
                and ast.unparse(outer.slice) in ("0", "-1")):
            continue
        return None
    if init is None:
        return None
    method = next((m for m in cls.body if isinstance(m, ast.FunctionDef)
                   and m.name == "__init__"), None)
    if method is None or init not in ast.walk(method):
        return None
    return init


def _entry_type(annotation: ast.expr) -> (
    tuple[ast.Subscript, tuple[ast.expr, ast.expr]] | None
):
    """The ``tuple[A, B]`` of a ``list[tuple[A, B]]`` annotation, and its A and B."""
    if (isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "list"
            and isinstance(annotation.slice, ast.Subscript)
            and ast.unparse(annotation.slice.value) == "tuple"
            and isinstance(annotation.slice.slice, ast.Tuple)
            and len(annotation.slice.slice.elts) == 2):
        first, second = annotation.slice.slice.elts
        return annotation.slice, (first, second)
    return None


class HeapTieBreaker:
    name = "heap-ties"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash = site.crash
        if crash is None or analysis.exc_type != "TypeError" or not _UNORDERABLE.match(
                analysis.message):
            return
        try:
            tree = ast.parse(crash.source)
        except SyntaxError:
            return
        found = self._site(tree, crash.lineno)
        if found is None:
            return
        cls, method, push, entry = found
        attr = push.args[0]
        assert isinstance(attr, ast.Attribute)
        if f"self.{_COUNTER}" in ast.unparse(cls):
            return
        init = _heap_uses_ok(cls, attr.attr, push)
        if init is None:
            return
        texts = [(f"the docstring of `{cls.name}`", ast.get_docstring(cls) or ""),
                 (f"the docstring of `{method.name}`", ast.get_docstring(method) or ""),
                 ("the module docstring", ast.get_docstring(tree) or "")]
        contract = _documented(texts)
        if contract is None:
            return
        first, last = entry.elts
        source = crash.source

        def seg(node: ast.AST) -> str:
            return ast.get_source_segment(source, node) or ast.unparse(node)

        lines = source.splitlines(keepends=True)
        indent = lines[init.lineno - 1][: len(lines[init.lineno - 1])
                                       - len(lines[init.lineno - 1].lstrip())]
        counter = (f"{indent}# The push count breaks ties: FIFO within a priority, and "
                   f"entries are never compared.\n"
                   f"{indent}self.{_COUNTER} = itertools.count()\n")
        replacements: list[tuple[ast.AST, str]] = [
            (entry, f"({seg(first)}, next(self.{_COUNTER}), {seg(last)})")]
        if isinstance(init, ast.AnnAssign) and "tuple[" in ast.unparse(init.annotation):
            # ``list[tuple[int, Job]]`` gains the count's ``int``; another form is unclear.
            shape = _entry_type(init.annotation)
            if shape is None:
                return
            node, (kind, item) = shape
            replacements.append((node, f"tuple[{seg(kind)}, int, {seg(item)}]"))
        edited = replace_nodes(source, replacements)
        edited_lines = edited.splitlines(keepends=True)
        end = init.end_lineno or init.lineno
        edited = "".join(edited_lines[:end]) + counter + "".join(edited_lines[end:])
        if not re.search(r"^import itertools\s*$", edited, re.M):
            heapq_line = re.search(r"^import heapq[ \t]*\n", edited, re.M)
            edited = (edited[:heapq_line.end()] + "import itertools\n" + edited[heapq_line.end():]
                      if heapq_line else insert_import(edited, "import itertools"))
        yield Candidate(
            strategy=self.name,
            description="Entries of equal priority no longer compare their payloads: a push "
                        f"counter sits between priority and entry on `self.{attr.attr}`, so "
                        "ties leave in the order they were pushed.",
            edits={crash.path: edited}, originals={crash.path: source},
            plausibility=0.8, contract=contract,
        )

    @staticmethod
    def _site(tree: ast.Module, lineno: int) -> (
        tuple[ast.ClassDef, ast.FunctionDef, ast.Call, ast.Tuple] | None
    ):
        """The class, method, ``heappush(self.<heap>, (priority, entry))`` call and entry
        tuple on the crashing line."""
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for method in cls.body:
                if not (isinstance(method, ast.FunctionDef)
                        and method.lineno <= lineno <= (method.end_lineno or 0)):
                    continue
                pushes = [n for n in ast.walk(method) if isinstance(n, ast.Call)
                          and n.lineno == lineno
                          and ast.unparse(n.func) in ("heapq.heappush", "heappush")]
                if len(pushes) != 1 or len(pushes[0].args) != 2:
                    return None
                heap, entry = pushes[0].args
                if (isinstance(heap, ast.Attribute) and isinstance(heap.value, ast.Name)
                        and heap.value.id == "self" and isinstance(entry, ast.Tuple)
                        and len(entry.elts) == 2
                        and not any(isinstance(e, ast.Starred) for e in entry.elts)):
                    return cls, method, pushes[0], entry
                return None
        return None
