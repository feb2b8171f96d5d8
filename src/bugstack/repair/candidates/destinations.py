"""Where a value computed in the crashing statement ends up, and what that place declares.

A guard that gives None (or another value) instead of crashing is right only when the
place the value goes to says so: a model field declared ``str | None`` under the comment
"None for orders with nothing to ship", a parameter documented "0 when there were no
orders", the return of a function annotated ``-> float | None``. This module follows a
crashing expression out to that place, through a local variable when the value is
stored first (``change = ...`` then ``Model(change_pct=change)``), and reads the
declaration and documentation there. The guard templates (missing keys, zero divisors)
then make the whole value, not just the failing piece of it, fall back: guarding only
``order["shipping_address"]`` would leave ``None["country_code"]``.

The places themselves, and the words written about them, are found by
``declared_places``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.declared_places import (
    annotated_place,
    keyword_place,
    return_place,
    stored_then_passed,
)
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract import Evidence, documented_default

__all__ = ["Destination", "destination_of", "is_pure", "wrap_value"]

#: Expressions that a trailing ``if ... else`` would split without brackets around them.
_LOOSE = (ast.IfExp, ast.Lambda, ast.NamedExpr, ast.Tuple, ast.Starred, ast.Yield,
          ast.YieldFrom, ast.Await)
#: Expressions that already choose what a missing or falsy value means; making the whole
#: of one None would override that choice.
_DECIDES = (ast.BoolOp, ast.IfExp, ast.Compare)
#: Scopes of their own: a name bound inside one cannot be tested outside it.
_OWN_SCOPE = (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


@dataclass(frozen=True, slots=True)
class Destination:
    #: The outermost expression whose value goes to the place (the one to make fall back).
    root: ast.expr
    #: The place, for people: "`OrderSummary.ship_to_country`".
    place: str
    #: The annotation as written, or None when it has none.
    annotation: str | None
    #: The annotation admits None (``X | None``, ``Optional[X]``).
    optional: bool
    #: The value its documentation names for the other case.
    documented: Evidence | None
    #: The sentence that names it, to check it speaks of the case at hand.
    sentence: str | None = None
    #: ``root`` is a statement's whole value (``x = root``, ``return root``), where a
    #: conditional expression needs no brackets of its own.
    whole_value: bool = False
    #: The documentation is this place's own (a field's comment, a parameter's sentence),
    #: not the docstring of the function whose return value it is.
    attached: bool = True

    def mentions(self, names: Iterable[str]) -> bool:
        """Whether the documenting sentence speaks of one of ``names`` (a divisor's words:
        ``previous`` in "None when the previous week had no signups")."""
        if self.sentence is None:
            return False
        text = self.sentence.lower()
        words = {w.removesuffix("s") for name in names
                 for w in re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower().split("_")}
        return any(len(w) >= 3 and re.search(rf"\b{re.escape(w)}", text) for w in words)

    def fallback(self) -> Evidence | None:
        """The value the place's contract gives when the data is missing, if it names one.

        Documented beats declared; a documented None needs an annotation that admits it.
        An Optional annotation alone gives None as weak evidence: it says None is allowed,
        not that it is meant for this case.
        """
        if self.documented is not None:
            if self.documented.source == "None" and self.annotation and not self.optional:
                return None  # the words and the type disagree: no contract
            return Evidence(self.documented.source, f"{self.place} is documented: "
                            f"{self.documented.reason.removeprefix('the documentation says: ')}")
        if self.optional:
            return Evidence("None", f"{self.place} is declared `{self.annotation}`",
                            strong=False)
        return None


def is_pure(node: ast.expr) -> bool:
    """Whether evaluating ``node`` once more is harmless: names, attributes, constant
    subscripts, ``len()`` of those. A guard evaluates its test in addition to the code."""
    if isinstance(node, ast.Name | ast.Constant):
        return True
    if isinstance(node, ast.Attribute):
        return is_pure(node.value)
    if isinstance(node, ast.Subscript):
        return is_pure(node.value) and is_pure(node.slice)
    if isinstance(node, ast.Call):
        return (isinstance(node.func, ast.Name) and node.func.id == "len"
                and len(node.args) == 1 and not node.keywords and is_pure(node.args[0]))
    return False


def wrap_value(source: str, destination: Destination, condition: str, value: str) -> str:
    """The file with the destination's value given only when ``condition`` holds, else
    ``value``.

    A line that would grow longer than any the file has is broken inside brackets,
    indented the way the file indents.
    """
    root = destination.root
    text = ast.get_source_segment(source, root) or ast.unparse(root)
    inline = f"{text} if {condition} else {value}"
    # Brackets only where the expression sits inside another one, or would bind wrongly.
    if not destination.whole_value or isinstance(root, _LOOSE):
        inline = f"({inline})"
    lines = source.splitlines()
    line = lines[root.lineno - 1]
    widest = max(79, *(len(x) for x in lines))
    start, end = _columns(line, root.col_offset), len(line)
    if root.end_lineno == root.lineno:
        end = _columns(line, root.end_col_offset or 0)
    if "\n" in text or len(line) - (end - start) + len(inline) <= widest:
        return replace_node(source, root, inline)
    indent = indentation_of(source, root.lineno)
    step = indent_unit(source)
    broken = f"(\n{indent}{step}{text} if {condition} else {value}\n{indent})"
    return replace_node(source, root, broken)


def _columns(line: str, byte_offset: int) -> int:
    """A character column from the parser's UTF-8 byte offset."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", "replace"))


def destination_of(analysis: Analysis, node: ast.expr) -> Destination | None:
    """The declared place ``node``'s value ends up in, or None when it cannot be named."""
    function, statement = analysis.function, analysis.statement
    if function is None or statement is None or statement is function:
        return None
    parents = {id(child): parent for parent in ast.walk(function)
               for child in ast.iter_child_nodes(parent)}
    current: ast.AST = node
    while True:
        parent = parents.get(id(current))
        if parent is None or isinstance(current, _OWN_SCOPE):
            return None
        if isinstance(parent, _DECIDES):
            return None  # `x or default`, `a if x else b`: the code has its own answer
        if isinstance(parent, ast.expr):
            current = parent
            continue
        break
    assert isinstance(current, ast.expr)
    root = current
    if isinstance(parent, ast.keyword) and parent.arg is not None:
        call = parents.get(id(parent))
        found = keyword_place(analysis, call, parent.arg) if isinstance(call, ast.Call) else None
    elif isinstance(parent, ast.Return):
        found = return_place(function)
    elif isinstance(parent, ast.AnnAssign) and parent.value is root:
        found = annotated_place(analysis, parent)
    elif (isinstance(parent, ast.Assign) and parent.value is root and len(parent.targets) == 1
          and isinstance(parent.targets[0], ast.Name)):
        found = stored_then_passed(analysis, function, parent, parents)
    else:
        found = None
    if found is None:
        return None
    documented = _documented(found.docs, found.attached)
    return Destination(root=root, place=found.name,
                       annotation=ast.unparse(found.annotation) if found.annotation else None,
                       optional=_admits_none(found.annotation),
                       documented=documented[0] if documented else None,
                       sentence=documented[1] if documented else None,
                       whole_value=isinstance(parent, ast.Assign | ast.AnnAssign | ast.Return),
                       attached=found.attached)


def _admits_none(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    text = ast.unparse(annotation)
    return bool(re.search(r"(^|[\[|,]\s*)None\s*($|[\]|,])", text) or "Optional[" in text)


_NONE_WORD = re.compile(r"\b(None|null)\b")


def _documented(docs: list[str], attached: bool) -> tuple[Evidence, str] | None:
    """The value the place's documentation names ("0 when ...", "None for ..."), and the
    sentence that names it.

    Documentation attached to this one field or parameter says when it is None by saying
    it is None at all; a function's docstring must name the case ("None when ...").
    """
    for text in docs:
        sentences = re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", text).strip())
        for sentence in sentences:
            found = documented_default(sentence)
            if found is not None:
                return found, sentence
        for sentence in sentences if attached else []:
            if _NONE_WORD.search(sentence):
                return (Evidence("None", f"the documentation says: \"{sentence[:120]}\""),
                        sentence)
    return None
