"""A result field worked out from a None input stays None where the result's class says so.

::

    class BatchSummary(BaseModel):
        status: str
        #: Percent; None until the final gravity has been taken (still fermenting).
        abv: float | None
        attenuation: int | None

    def summarise(batch: Batch) -> BatchSummary:
        return BatchSummary(
            status="fermenting" if batch.final_gravity is None else "finished",
            abv=gravity.abv(batch.original_gravity, batch.final_gravity),
            attenuation=gravity.attenuation(batch.original_gravity, batch.final_gravity),
        )

raises TypeError inside ``gravity.abv`` for a batch whose ``final_gravity`` is declared
"None while the batch is still fermenting". ``abv`` declares a number, so the helper is
right to refuse None; the caller is the one that computed a figure the result's class
says does not exist yet. Each field worked out from that None becomes::

    abv=gravity.abv(batch.original_gravity, batch.final_gravity)
        if batch.final_gravity is not None else None,

Returning 0.0 from the helper (the obvious guard) reports a fermenting beer as alcohol
free; a 404 hides a batch that exists.

Backing, all required:

* the crashed function's parameter is captured as None and annotated with a type that
  does not admit None, and the crashing statement reads it;
* in the frame above, the one call of that function passes ``obj.field`` for it, where
  the caller's captured ``obj`` shows ``field=None`` and the field's declaration gives
  None one case without refusing it (``none_declarations``);
* every call of the caller's statement that passes that same ``obj.field`` is the whole
  value of a keyword of one constructor call, of a class of the repository that declares
  each of those keywords as a field admitting None;
* at least one of those fields has a comment whose sentence about None speaks of the same
  case as the input's declaration (a word in common besides the object's name) and names
  no other field of the input's class; no comment of those fields gives None another
  case, refuses, negates None ("never None while fermenting: it is then estimated") or
  makes an exception ("but", "unless"), and neither does the input's declaration.

Review 23 beat the first version with 3 wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.calls import argument_for, called_name
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_nodes
from bugstack.repair.candidates.none_declarations import (
    REFUSAL,
    Declaration,
    case_words,
    declaration_of,
    shared,
    words,
)
from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["NoneInputLeavesFieldNone"]

_NONE = re.compile(r"\bNone\b|\bnull\b")
_NOT_NONE = re.compile(r"\b(?:never|not|no\s+longer)\s+(?:be\s+)?(?:None|null)\b|n't\s+(?:be\s+)?"
                       r"(?:None|null)\b", re.I)
_EXCEPTED = re.compile(r"\b(?:unless|except|but|other\s+than|apart\s+from|whereas)\b", re.I)
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _admits_none(annotation: ast.expr | None) -> bool:
    text = ast.unparse(annotation) if annotation is not None else ""
    return "None" in text or text.startswith(("Optional[", "typing.Optional[")) \
        or text in ("Any", "typing.Any", "object")


def _none_parameter(analysis: Analysis, function: FunctionNode) -> str | None:
    """The one parameter captured as None, declared as not None, read by the statement."""
    statement = analysis.statement
    read = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name)} if statement else set()
    found = [a.arg for a in [*function.args.posonlyargs, *function.args.args,
                             *function.args.kwonlyargs]
             if analysis.values.get(a.arg) == "None" and a.annotation is not None
             and not _admits_none(a.annotation) and a.arg in read]
    return found[0] if len(found) == 1 else None


def _shown_none(expr: ast.expr, captured: dict[str, str]) -> bool:
    """``obj.field`` where the captured ``obj`` shows ``field=None``."""
    if not (isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)):
        return False
    return re.search(rf"\b{re.escape(expr.attr)}=None\b", captured.get(expr.value.id, "")) \
        is not None


def _fields(analysis: Analysis, name: str) -> tuple[ast.ClassDef, list[str]] | None:
    """The one repository class called ``name`` and its source lines."""
    found = [(node, text.splitlines()) for _rel, text, tree in analysis.parsed_files(
        f"class {name}") for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name == name]
    return found[0] if len(found) == 1 else None


def _names_field(sentence: str, field: str) -> bool:
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
    return all(w in said for w in field.lower().split("_") if w)


def _field_backing(cls: ast.ClassDef, lines: list[str], keywords: list[str],
                   declared: Declaration, read: ast.Attribute) -> str | None:
    """The comment sentence tying a field's None to the input's None case, when every
    keyword is a field admitting None and no comment says otherwise: a None sentence
    that shares a word with the input's None case, names no other field of the input's
    class ("until the final gravity is read" is not the original gravity's None), and
    neither negates None ("never None") nor makes an exception ("but", "unless")."""
    fields = {item.target.id: item for item in cls.body if isinstance(item, ast.AnnAssign)
              and isinstance(item.target, ast.Name)}
    case, drop = case_words(read, declared)
    others = [f for f in declared.fields if f != read.attr]
    tied: str | None = None
    for keyword in keywords:
        item = fields.get(keyword)
        if item is None or not _admits_none(item.annotation):
            return None
        comment = comments_above(lines, item.lineno)
        if REFUSAL.search(comment) or _NOT_NONE.search(comment) or _EXCEPTED.search(comment):
            return None
        for sentence in (s for s in sentences(comment) if _NONE.search(s)):
            if shared(case, words(sentence, drop)) < 1 \
                    or any(_names_field(sentence, other) for other in others):
                return None  # None given another case than the input's
            tied = tied or sentence
    return tied


def _unless_none(source: str, node: ast.expr, value: str) -> str:
    """``(node if value is not None else None)``, on one line where it fits the file's
    widest line (at least 79), else one clause per line inside the parentheses."""
    segment = ast.get_source_segment(source, node) or ast.unparse(node)
    one_line = f"({segment} if {value} is not None else None)"
    widest = max((len(line) for line in source.splitlines()), default=0)
    if "\n" not in segment and node.col_offset + len(one_line) + 1 <= max(widest, 79):
        return one_line
    indent, step = indentation_of(source, node.lineno), indent_unit(source)
    return (f"(\n{indent}{step}{segment}\n{indent}{step}if {value} is not None\n"
            f"{indent}{step}else None\n{indent})")


class NoneInputLeavesFieldNone:
    name = "none-input-leaves-field-none"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        function = analysis.function
        if analysis.exc_type != "TypeError" or "NoneType" not in analysis.message \
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) \
                or len(site.frames) < 2:
            return
        parameter = _none_parameter(analysis, function)
        caller = site.frames[-2]
        try:
            tree = ast.parse(caller.source)
        except SyntaxError:
            return
        statement = enclosing_statement(tree, caller.lineno)
        if parameter is None or statement is None:
            return
        calls = [c for c in ast.walk(statement)
                 if isinstance(c, ast.Call) and called_name(c) == function.name]
        passed = argument_for(calls[0], function, parameter) if len(calls) == 1 else None
        captured = {k: v if isinstance(v, str) else repr(v)
                    for k, v in caller.frame.vars.items()}
        if not isinstance(passed, ast.Attribute) or not _shown_none(passed, captured):
            return
        assert isinstance(passed.value, ast.Name)
        declared = declaration_of(analysis, passed.attr, captured[passed.value.id])
        if declared is None or _EXCEPTED.search(declared.clause):
            return  # "None for a customer outside the UK, but not for one ..."
        same = ast.dump(passed)
        users = [c for c in ast.walk(statement) if isinstance(c, ast.Call)
                 and any(ast.dump(a) == same for a in [*c.args, *(k.value for k in c.keywords)])]
        owners = {id(k.value): (k, c) for c in ast.walk(statement) if isinstance(c, ast.Call)
                  for k in c.keywords if k.arg is not None}
        placed = [owners.get(id(call)) for call in users]
        if not placed or any(p is None for p in placed):
            return
        constructors = {id(p[1]) for p in placed if p is not None}
        keywords = [p[0] for p in placed if p is not None]
        constructor = next(p[1] for p in placed if p is not None)
        name = called_name(constructor)
        found = _fields(analysis, name) if len(constructors) == 1 and name else None
        if found is None:
            return
        tied = _field_backing(*found, [k.arg or "" for k in keywords], declared, passed)
        if tied is None:
            return
        value = ast.get_source_segment(caller.source, passed) or ast.unparse(passed)
        edits: list[tuple[ast.AST, str]] = [
            (k.value, _unless_none(caller.source, k.value, value)) for k in keywords]
        listed = ", ".join(f"`{k.arg}`" for k in keywords)
        yield Candidate(
            strategy=self.name,
            description=f"With `{value}` None, {listed} of `{name}` are now None instead of "
                        f"being worked out from it (which raised TypeError in "
                        f"`{function.name}`).",
            edits={caller.path: replace_nodes(caller.source, edits)},
            originals={caller.path: caller.source}, plausibility=0.85,
            contract=f'`{name}` says: "{tied[:160]}"; `{passed.attr}` is declared '
                     f'"{declared.clause[:120]}"',
        )
