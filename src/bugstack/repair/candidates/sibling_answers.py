"""A generic answer to a None gives way where the app already answers the same None
elsewhere with something of its own.

``home = animal.foster`` is None for an animal living at the shelter, and
``meeting_point`` crashes on ``home.name``. Its return type, ``dict[str, str]``, backs
``return {}``, which is true of every function so declared; but the list view of the same
app reads the same field and says what it means when it is empty::

    "city": a.foster.city if a.foster else settings.SHELTER["city"],

The app has decided what an animal without a foster home shows, and it is not nothing.
A candidate backed only by an annotation or a guide (see :mod:`generic_backing`) then
loses its backing: it can end ``unverified`` at best, unless a candidate that follows the
sibling holds.

The field is the attribute the None was read from: the crash's own ``x.field``, or the
attribute a local was assigned from once in the crashing function. A sibling answers it
when, anywhere in the repository outside the tests, ``... if <obj>.field else B``,
``B if not <obj>.field else ...``, ``B if <obj>.field is None else ...`` or ``<obj>.field
or B`` has a B that is neither None nor an empty literal.
"""

from __future__ import annotations

import ast

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.generic_backing import generically_backed
from bugstack.repair.reproduce.model import is_test_file

__all__ = ["respect_sibling_answers"]


def _empty(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return node.value in (None, "", 0, False)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return not node.elts
    if isinstance(node, ast.Dict):
        return not node.keys
    return False


def _field_read(analysis: Analysis) -> str | None:
    """The attribute the None was read from."""
    culprit, function = analysis.culprit, analysis.function
    if not culprit:
        return None
    if "." in culprit:
        last = culprit.rsplit(".", 1)[-1]
        return last if last.isidentifier() else None
    if function is None:
        return None
    sources = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
               and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
               and n.targets[0].id == culprit]
    if len(sources) == 1 and isinstance(sources[0], ast.Attribute):
        return sources[0].attr
    return None


def _when_empty(node: ast.expr, field: str) -> bool | None:
    """For a test of ``<obj>.field``: True when it holds for an empty field (``not
    x.field``, ``x.field is None``), False when it holds for a set one (``x.field``,
    ``x.field is not None``); None when ``node`` tests something else."""
    negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
    if negated:
        assert isinstance(node, ast.UnaryOp)
        node = node.operand
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(
            node.comparators[0], ast.Constant) and node.comparators[0].value is None:
        if not isinstance(node.ops[0], ast.Is | ast.IsNot):
            return None
        negated = negated != isinstance(node.ops[0], ast.Is)
        node = node.left
    if isinstance(node, ast.Attribute) and node.attr == field:
        return negated
    return None


def _sibling_answer(analysis: Analysis, field: str) -> str | None:
    """The source of a sibling's own answer to an empty ``field``, if one exists."""
    crash = analysis.crash
    for path, text, tree in analysis.parsed_files(f".{field}"):
        if is_test_file(path):
            continue
        for node in ast.walk(tree):
            answer: ast.expr | None = None
            if isinstance(node, ast.IfExp):
                empty_first = _when_empty(node.test, field)
                if empty_first is not None:
                    answer = node.body if empty_first else node.orelse
            elif isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) \
                    and _when_empty(node.values[0], field) is False:
                answer = node.values[-1]
            if answer is None or _empty(answer):
                continue
            if crash is not None and path == crash.path \
                    and getattr(node, "lineno", 0) == crash.lineno:
                continue  # the crashing line itself is no sibling
            return ast.get_source_segment(text, answer) or ast.unparse(answer)
    return None


def respect_sibling_answers(candidates: list[Candidate], analysis: Analysis) -> list[Candidate]:
    """Generically backed candidates lose their backing where the app answers the same
    empty field elsewhere with a value of its own."""
    if "NoneType" not in analysis.message or analysis.crash is None:
        return candidates
    field = _field_read(analysis)
    if field is None or not any(generically_backed(c) for c in candidates):
        return candidates
    answer = _sibling_answer(analysis, field)
    if answer is None:
        return candidates
    return [c.unbacked(f"(Backed only by {c.contract}, while the app answers a missing "
                       f"`{field}` elsewhere with `{answer[:80]}`)")
            if generically_backed(c) else c for c in candidates]
