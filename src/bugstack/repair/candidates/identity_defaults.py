"""A key the mapping lacks that the documentation says stands for itself.

::

    def people(owners: tuple[str, ...], teams: Teams) -> set[str]:
        \"\"\"An owner is either a team, ``@org/team``, which stands for its members, or a
        single user, ``@name``, who stands for themselves.\"\"\"
        for owner in owners:
            found.update(teams[owner])

raises KeyError for ``'@dana'``. The documentation gives the answer for a key the table
does not list: the key itself, in the shape the table's values have::

    found.update(teams.get(owner, [owner]))

``teams.get(owner, [])`` (the obvious guard) would silently drop the user, and a scalar
table (``ALIASES[name]`` where "a name without an alias stands for itself") reads
``ALIASES.get(name, name)``.

Backing, all required: a ``KeyError`` for text or a number read as ``MAPPING[key]`` with
``key`` a plain name; a sentence of the crashed function's documentation (its docstring,
the comments above it and the crashed line) that names the key ("an owner", "a name")
and says it stands for, means or maps to itself, or (as the subject of its clause) is
kept or passed through as it is, not negated ("no longer stands for itself"); no
sentence of that documentation refuses anything ("any other owner must be listed"); the
function does not already return the key itself somewhere (the case is handled there);
and the table's values known to be of the key's own type (a scalar) or a list, set or
tuple of it, from the captured table, its annotation (``dict[str, list[str]]``, directly
or through a module alias) or its literal in the module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import (
    documentation_near,
    item_noun,
    refusal_in,
    sentences,
)
from bugstack.repair.default_wording import negated_before

__all__ = ["KeyStandsForItself"]

# The key itself is the answer: "stands for themselves", "maps to itself". ("Is its own
# filter" says what the key is used as, not what the table gives: review 19.)
_ITSELF = re.compile(
    r"\b(?:stands?|standing|counts?)\s+(?:in\s+)?for\s+(?:itself|themselves|himself|herself)\b"
    r"|\b(?:means?|maps?|resolves?|refers?)\s+(?:to\s+)?(?:itself|themselves)\b", re.I)
# "A name without an alias is passed through as it is": said of the key only when the
# key's noun is the subject of that clause (no comma between), not of "its text".
_AS_IT_IS = re.compile(r"\b(?:is|are)\s+(?:kept|left|used|passed\s+(?:through|on))\s+"
                       r"(?:as\s+(?:it\s+is|they\s+are|is)|unchanged|verbatim)\b", re.I)
#: The shapes a table's values can have around a key, and how the key is put in one.
_SHAPES = {"list": "[{}]", "List": "[{}]", "Sequence": "[{}]", "set": "{{{}}}",
           "Set": "{{{}}}", "frozenset": "{{{}}}", "AbstractSet": "{{{}}}",
           "tuple": "({},)", "Tuple": "({},)"}
_MAPPINGS = {"dict", "Dict", "Mapping", "MutableMapping"}


def _shape_of_captured(text: str | None, key: object) -> str | None:
    """The shape of the captured table's values: ``"{}"`` for the key's own type, or a
    container template; None when unknown or mixed."""
    if text is None:
        return None
    try:
        table = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(table, dict) or not table:
        return None
    shapes = set()
    for value in table.values():
        if isinstance(value, type(key)) and not isinstance(value, bool):
            shapes.add("{}")
        elif isinstance(value, list | set | tuple | frozenset) and value \
                and all(isinstance(item, type(key)) for item in value):
            shapes.add({list: "[{}]", set: "{{{}}}", frozenset: "{{{}}}",
                        tuple: "({},)"}[type(value)])
        else:
            return None
    return shapes.pop() if len(shapes) == 1 else None


def _annotation_of(analysis: Analysis, name: str) -> ast.expr | None:
    """The annotation of parameter ``name`` of the crashed function, through a module
    alias (``Teams = dict[str, list[str]]``)."""
    function, tree = analysis.function, analysis.tree
    if function is None or tree is None or isinstance(function, ast.Lambda):
        return None
    arguments = function.args
    annotation = next((a.annotation for a in [*arguments.posonlyargs, *arguments.args,
                                              *arguments.kwonlyargs] if a.arg == name), None)
    if isinstance(annotation, ast.Name):
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id == annotation.id:
                return node.value
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == annotation.id and node.value is not None:
                return node.value
    return annotation


def _outer(node: ast.expr) -> str | None:
    target = node.value if isinstance(node, ast.Subscript) else node
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else None


def _shape_of_annotation(annotation: ast.expr | None, key: object) -> str | None:
    if not isinstance(annotation, ast.Subscript) or _outer(annotation) not in _MAPPINGS \
            or not isinstance(annotation.slice, ast.Tuple) or len(annotation.slice.elts) != 2:
        return None
    key_type, value_type = annotation.slice.elts
    own = type(key).__name__
    if _outer(key_type) != own:
        return None
    if isinstance(value_type, ast.Name) and value_type.id == own:
        return "{}"
    if isinstance(value_type, ast.Subscript) and _outer(value_type) in _SHAPES:
        inner = value_type.slice
        if isinstance(inner, ast.Tuple):  # tuple[str, ...]
            if len(inner.elts) != 2 or not isinstance(inner.elts[1], ast.Constant):
                return None
            inner = inner.elts[0]
        if isinstance(inner, ast.Name) and inner.id == own:
            return _SHAPES[_outer(value_type) or ""]
    return None


def _names_the_key(sentence: str, key: str) -> bool:
    noun = item_noun(key)
    return re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", sentence, re.I) is not None


def _says_itself(sentence: str, key: str) -> bool:
    """The sentence says the key stands for itself, not negated ("no longer stands for
    itself"), and names the key: anywhere for "stands for itself", as the subject of the
    clause for "is kept as it is"."""
    noun = re.escape(item_noun(key))
    for match in _ITSELF.finditer(sentence):
        if not negated_before(sentence, match.start()) and _names_the_key(sentence, key):
            return True
    for match in _AS_IT_IS.finditer(sentence):
        clause = re.split(r"[,;:()]", sentence[:match.start()])[-1]
        if re.search(rf"\b{noun}(?:s|es)?\b", clause, re.I) \
                and not negated_before(sentence, match.start()):
            return True
    return False


def _shape_of_literal(tree: ast.Module, table: str, key: object) -> str | None:
    """The shape of a module dict literal's values (``ALIASES = {"ci": "commit"}``)."""
    for node in tree.body:
        target, value = (node.targets[0], node.value) if isinstance(node, ast.Assign) \
            and len(node.targets) == 1 else (None, None)
        if isinstance(target, ast.Name) and target.id == table and isinstance(value, ast.Dict):
            try:
                return _shape_of_captured(ast.unparse(value), key)
            except (ValueError, SyntaxError):
                return None
    return None


def _returns_the_key(function: ast.AST, key: str) -> bool:
    """``return ref`` already: the case the key stands for itself is handled above."""
    return any(isinstance(node, ast.Return) and isinstance(node.value, ast.Name)
               and node.value.id == key for node in ast.walk(function))


class KeyStandsForItself:
    name = "key-stands-for-itself"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if not analysis.exc_type.endswith("KeyError") or crash is None or statement is None \
                or tree is None or statement is analysis.function:
            return
        try:
            key = ast.literal_eval(analysis.message)
        except (ValueError, SyntaxError):
            return
        if not isinstance(key, str | int) or isinstance(key, bool):
            return
        texts = [text for where, text in documentation_near(crash.source, tree, crash.lineno)
                 if where != "the module docstring"]
        if any(refusal_in(text) is not None for text in texts):
            return  # "any other owner is a team and must be listed": not every key is one
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)
                    and isinstance(node.slice, ast.Name) and isinstance(node.value, ast.Name)):
                continue
            captured = analysis.values.get(node.slice.id)
            if captured is not None and captured != repr(key):
                continue  # another subscript of the statement crashed
            said = next((s for text in texts for s in sentences(text)
                         if _says_itself(s, node.slice.id)), None)
            if said is None or (analysis.function is not None
                                and _returns_the_key(analysis.function, node.slice.id)):
                continue
            table = node.value.id
            shape = _shape_of_captured(analysis.values.get(table), key) \
                or _shape_of_annotation(_annotation_of(analysis, table), key) \
                or _shape_of_literal(tree, table, key)
            if shape is None:
                continue
            default = shape.format(node.slice.id)
            yield Candidate(
                strategy=self.name,
                description=f"A `{node.slice.id}` that `{table}` does not list "
                            f"({key!r}) now stands for itself (`{table}.get("
                            f"{node.slice.id}, {default})`) instead of raising KeyError.",
                edits={crash.path: replace_node(
                    crash.source, node, f"{table}.get({node.slice.id}, {default})")},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f'the documentation says: "{said[:160]}"',
            )
