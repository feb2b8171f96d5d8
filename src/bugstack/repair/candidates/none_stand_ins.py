"""Another value standing in for a field that is None by design: another field of the
same object that a sentence counts from, or None again where the number worked out from
the field makes the same field of a new object of its own class. The two readings
``declared_none_values`` tries after the constants the app names.
"""

from __future__ import annotations

import ast
import re
from pathlib import PurePosixPath

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.none_declarations import (
    REFUSAL,
    SECOND_ANSWER,
    Declaration,
    case_words,
    docstrings_around,
    shared,
    stem_match,
    words,
)
from bugstack.repair.contract_items import sentences

__all__ = ["kept_as_none", "stand_in_field"]

# The other field takes the None one's place in the reckoning ("counts from its potting
# day"), not the whole answer ("is due from the day it was written": the written day).
_COUNTED_FROM = re.compile(r"\b(?:count(?:s|ed)?|measured|reckoned|starts?\s+counting)\s+from\b"
                           r"|\b(?:treated|taken)\s+as\b|\bas\s+if\b", re.I)


def stand_in_field(analysis: Analysis, read: ast.Attribute, declared: Declaration
                   ) -> tuple[str, str] | None:
    """(field, sentence): the one other field of the object's class, of the None field's
    own type, that a sentence speaking of the None case names ("A plant not watered since
    it was potted counts from its potting day": ``potted_on`` for ``last_watered``)."""
    kinds = {part.strip() for part in declared.fields[read.attr].split("|")} - {"None"}
    if len(kinds) != 1:
        return None
    same_type = [name for name, kind in declared.fields.items()
                 if name != read.attr and kind in kinds]
    case, drop = case_words(read, declared)
    backed: dict[str, str] = {}
    for sentence in (s for text in docstrings_around(analysis) for s in sentences(text)):
        found = words(sentence, drop)
        if REFUSAL.search(sentence) or SECOND_ANSWER.search(sentence) \
                or not _COUNTED_FROM.search(sentence) or shared(case, found) < 2:
            continue
        named = [name for name in same_type if any(
            stem_match(part, word) for part in name.lower().split("_") if len(part) >= 4
            for word in found)]
        if len(named) == 1:
            backed.setdefault(named[0], sentence)
    return next(iter(backed.items())) if len(backed) == 1 else None


def kept_as_none(analysis: Analysis, statement: ast.stmt, read: ast.Attribute,
                 chain: ast.expr, declared: Declaration) -> str | None:
    """Why the number worked out from a None field stays None: it is handed, as the field
    of the same name, to the very class that declares the field, made anew
    (``Ingredient(i.name, round(i.quantity * factor, 1), i.unit)`` for an ``Ingredient``
    ``i``: a to-taste ingredient scaled is still to taste). Another class's field of that
    name may give None another meaning ("not weighed yet", "charge afresh"; the
    eighteenth adversarial review), so only the same class, reached by the crashed module
    through its own module, counts; and a position counts only for a class without bases
    (an inherited field would shift it)."""
    assert analysis.tree is not None and analysis.crash is not None
    call = next((node for node in ast.walk(statement) if isinstance(node, ast.Call)
                 and (chain in node.args or any(k.value is chain for k in node.keywords))), None)
    owner = declared.owner
    if call is None or ast.unparse(call.func).rsplit(".", 1)[-1] != owner.name \
            or not _reaches(analysis, call.func, declared):
        return None
    keyword = next((k.arg for k in call.keywords if k.value is chain), None)
    if keyword is None and not owner.bases:
        position = call.args.index(chain)
        keyword = list(declared.fields)[position] if position < len(declared.fields) else None
    if keyword != read.attr:
        return None
    return (f"`{owner.name}.{keyword}` is the field it is worked out from, declared "
            f"`{declared.fields[keyword]}` (\"{declared.clause[:120]}\"): a None stays None")


def _reaches(analysis: Analysis, func: ast.expr, declared: Declaration) -> bool:
    """Whether the crashed module's name for the class is the declaring module's class:
    declared there, imported from it by its own name, or read off that module."""
    assert analysis.tree is not None and analysis.crash is not None
    stem = PurePosixPath(declared.path).stem
    if isinstance(func, ast.Name):
        if declared.path == analysis.crash.path:
            return True
        return any(isinstance(node, ast.ImportFrom) and (node.module or "").rsplit(".", 1)[-1]
                   == stem and any(a.name == func.id and a.asname is None for a in node.names)
                   for node in analysis.tree.body)
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
        and func.value.id == stem
