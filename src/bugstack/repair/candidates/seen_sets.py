"""A unique row created twice in one batch: the set of existing keys is kept current.

An import loop often reads the keys already in the table once, into a set, and skips an
item whose key is in it::

    known = set(Book.objects.values_list("isbn", flat=True))
    for raw in entries:
        isbn = normalize(raw)
        if not isbn or isbn in known:
            skipped += 1
            continue
        Book.objects.create(isbn=isbn, shelf="new")

A batch that lists the same key twice then fails on its second row with ``IntegrityError:
UNIQUE constraint failed: catalogue_book.isbn``: the first row is in the table but not in
the set. The code's own guard says what a key already in the table gets (it is
skipped), so the row just created joins the set (``known.add(isbn)`` after the
``create``), and the repeat is skipped like any other existing key. Answering the batch
with a 400, or dropping it, would lose the other rows the guard lets through.

Backing, all of it required: the unique column the error names is the keyword the
``create`` passes a plain name to; a guard earlier in the same loop ``continue``s when that
name is in a set; the set is a local built once before the loop from that very column of
that very model (``set(Model.objects.values_list("isbn", flat=True))`` or ``{b.isbn for
b in Model.objects.all()}``), is read nowhere else, and is changed nowhere; the name is not
reassigned between the guard and the ``create``. A docstring sentence of the function that
answers a key given twice with an error or a refusal backs nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of

__all__ = ["SeenSetKeptCurrent"]

_SQLITE = re.compile(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)")
_POSTGRES = re.compile(r"Key \(([\w, ]+)\)=\(")
_TWICE = re.compile(r"\b(twice|more than once|duplicates?|duplicated|repeated|same \w+ again)\b",
                    re.I)
_REFUSED = re.compile(r"\b(40\d|error|errors|refused|refuses?|rejected|rejects?|raises?"
                      r"|fails?|invalid|not allowed|aborts?)\b", re.I)
_SKIPPED = re.compile(r"\balready\b|\bskip(ped|s)?\b|\bignored\b|\bsafely\b", re.I)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _unique_column(message: str) -> str | None:
    """The one column the unique constraint names (``table.email`` -> ``email``)."""
    found = _SQLITE.search(message) or _POSTGRES.search(message)
    if found is None:
        return None
    columns = [c.strip() for c in found.group(1).split(",")]
    return columns[0].rsplit(".", 1)[-1] if len(columns) == 1 else None


def _create_call(statement: ast.stmt, column: str) -> tuple[str, str] | None:
    """(model, name) of the statement's one ``Model.objects.create(column=name, ...)``."""
    found = []
    for node in ast.walk(statement):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "create" and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "objects"
                and isinstance(node.func.value.value, ast.Name)):
            continue
        value = next((k.value for k in node.keywords if k.arg == column), None)
        if isinstance(value, ast.Name):
            found.append((node.func.value.value.id, value.id))
    return found[0] if len(found) == 1 else None


def _loop_of(function: FunctionNode, statement: ast.stmt) -> ast.For | ast.AsyncFor | None:
    return next((n for n in ast.walk(function) if isinstance(n, ast.For | ast.AsyncFor)
                 and any(s is statement for s in n.body)), None)


def _tested_set(test: ast.expr, name: str) -> str | None:
    """``S`` when ``test`` is ``name in S``, or an ``or`` of which that is one part."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) \
        else [test]
    found = [p.comparators[0].id for p in parts
             if isinstance(p, ast.Compare) and len(p.ops) == 1 and isinstance(p.ops[0], ast.In)
             and isinstance(p.left, ast.Name) and p.left.id == name
             and isinstance(p.comparators[0], ast.Name)]
    return found[0] if len(found) == 1 else None


def _guard(loop: ast.For | ast.AsyncFor, statement: ast.stmt,
           name: str) -> tuple[ast.If, str] | None:
    """The ``if name in S: ... continue`` before the statement, and ``S``; None when the
    name is reassigned between the two, or the guard does anything but skip."""
    index = next(i for i, s in enumerate(loop.body) if s is statement)
    for position in range(index - 1, -1, -1):
        node = loop.body[position]
        if isinstance(node, ast.If) and not node.orelse and isinstance(node.body[-1], ast.Continue):
            seen = _tested_set(node.test, name)
            if seen is not None:
                between = loop.body[position + 1:index]
                if any(isinstance(t, ast.Name) and t.id == name
                       and isinstance(t.ctx, ast.Store) for s in between for t in ast.walk(s)):
                    return None
                return node, seen
    return None


def _column_query(value: ast.expr, model: str, column: str) -> bool:
    """Whether ``value`` is every ``column`` of ``model``'s rows, as a set."""
    def objects(node: ast.expr) -> bool:  # Model.objects or Model.objects.all()
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "all" and not node.args and not node.keywords:
            node = node.func.value
        return isinstance(node, ast.Attribute) and node.attr == "objects" \
            and isinstance(node.value, ast.Name) and node.value.id == model

    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
            and value.func.id == "set" and len(value.args) == 1 and not value.keywords:
        query = value.args[0]
        return (isinstance(query, ast.Call) and isinstance(query.func, ast.Attribute)
                and query.func.attr == "values_list" and objects(query.func.value)
                and [ast.literal_eval(a) for a in query.args if isinstance(a, ast.Constant)]
                == [column] and len(query.args) == 1
                and [(k.arg, getattr(k.value, "value", None)) for k in query.keywords]
                == [("flat", True)])
    if isinstance(value, ast.SetComp) and len(value.generators) == 1:
        loop = value.generators[0]
        return (not loop.ifs and isinstance(loop.target, ast.Name)
                and isinstance(value.elt, ast.Attribute) and value.elt.attr == column
                and isinstance(value.elt.value, ast.Name)
                and value.elt.value.id == loop.target.id and objects(loop.iter)
                and isinstance(loop.iter, ast.Call))
    return False


def _built_once(function: FunctionNode, loop: ast.stmt, seen: str, guard: ast.If,
                model: str, column: str) -> bool:
    """``seen`` is assigned once, before the loop, from the column's values, and read
    only by the guard (so adding to it changes nothing but what the guard skips)."""
    stores = [n for n in ast.walk(function)
              if isinstance(n, ast.Name) and n.id == seen and not isinstance(n.ctx, ast.Load)]
    assigns = [n for n in ast.walk(function) if isinstance(n, ast.Assign)
               and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
               and n.targets[0].id == seen]
    if len(stores) != 1 or len(assigns) != 1 or assigns[0].lineno >= loop.lineno \
            or not _column_query(assigns[0].value, model, column):
        return False
    in_guard = {id(n) for n in ast.walk(guard.test)}
    loads = [n for n in ast.walk(function)
             if isinstance(n, ast.Name) and n.id == seen and isinstance(n.ctx, ast.Load)]
    return bool(loads) and all(id(n) in in_guard for n in loads)


def _docstring_sentences(function: FunctionNode) -> list[str]:
    text = re.sub(r"\s*\n\s*", " ", ast.get_docstring(function) or "")
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]


class SeenSetKeptCurrent:
    name = "seen-set-kept-current"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "IntegrityError" or crash is None or statement is None \
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            return
        column = _unique_column(analysis.message)
        created = _create_call(statement, column) if column else None
        loop = _loop_of(function, statement) if created else None
        if column is None or created is None or loop is None:
            return
        model, name = created
        guarded = _guard(loop, statement, name)
        if guarded is None:
            return
        guard, seen = guarded
        if not _built_once(function, loop, seen, guard, model, column):
            return
        sentences = _docstring_sentences(function)
        if any(_TWICE.search(s) and _REFUSED.search(s) for s in sentences):
            return  # "a sheet listing an address twice is refused": not ours to skip
        documented = next((s for s in sentences if re.search(r"\balready\b", s, re.I)),
                          next((s for s in sentences if _SKIPPED.search(s)), None))
        lines = crash.source.splitlines(keepends=True)
        end = statement.end_lineno or statement.lineno
        added = f"{indentation_of(crash.source, statement.lineno)}{seen}.add({name})\n"
        if not lines[end - 1].endswith("\n"):
            added = "\n" + added.rstrip("\n")
        text = "".join(lines[:end]) + added + "".join(lines[end:])
        backing = (f"the loop's own guard (line {guard.lineno}) skips the item whose "
                   f"`{name}` is already in `{seen}`, the `{column}` of every {model} row")
        if documented:
            backing += f"; the docstring says: \"{documented[:160]}\""
        yield Candidate(
            strategy=self.name,
            description=f"A `{column}` listed twice in one batch is skipped like one "
                        f"already stored: the row just created joins `{seen}` "
                        f"(`{seen}.add({name})`), which the loop reads once before it "
                        f"starts, so the repeat no longer breaks the unique `{column}`.",
            edits={crash.path: text}, originals={crash.path: crash.source},
            plausibility=0.8 if documented else 0.7, contract=backing,
        )
