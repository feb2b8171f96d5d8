"""A None carried on because a type says it may be None gives way where the project
already has its own answer for that None.

``event.organiser`` is declared ``Member | None``, and ``none-propagation`` may answer the
crash ``event.organiser.display_name`` with None: the annotation says None happens, not
what a page then shows. When the package has a function that takes ``Member | None`` and
answers the None itself (``member_name(member)`` returning ``DELETED_MEMBER_LABEL``), and
the package calls it, the project has said what a missing member becomes; the generic
None guesses past it. The candidate keeps its place without its backing, so it can end
only ``unverified``, and the report names the function a reviewer may want instead.
Blind batch 27 of 2026-11-27 had this wrong fix: "organiser": null where every attendee
of the same page is shown as "former member".
"""

from __future__ import annotations

import ast

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.field_declarations import declared_class
from bugstack.repair.candidates.generic_backing import generically_backed
from bugstack.repair.candidates.package_functions import package_modules

__all__ = ["respect_the_projects_none_answers"]


def _optional_of(annotation: ast.expr | None, cls: str) -> bool:
    """``Member | None``, ``Optional[Member]``, ``models.Member | None``."""
    if annotation is None:
        return False
    text = ast.unparse(annotation).replace(" ", "")
    names = {ast.unparse(n).rsplit(".", 1)[-1] for n in ast.walk(annotation)
             if isinstance(n, ast.Name | ast.Attribute)}
    none = any(isinstance(n, ast.Constant) and n.value is None for n in ast.walk(annotation))
    return cls in names and (none or "None" in names or text.startswith("Optional["))


def _answers_none(function: ast.FunctionDef, parameter: str) -> bool:
    """Whether ``function`` tests ``parameter`` for None and, on the branch where it is
    None, answers with a value of its own (not None, not a raise)."""
    following: dict[int, list[ast.stmt]] = {
        id(s): function.body[i + 1:] for i, s in enumerate(function.body)}
    for node in ast.walk(function):
        if not isinstance(node, ast.If | ast.IfExp) or not isinstance(node.test, ast.Compare):
            continue
        test = node.test
        if not (isinstance(test.left, ast.Name) and test.left.id == parameter
                and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant)
                and test.comparators[0].value is None
                and isinstance(test.ops[0], ast.Is | ast.IsNot)):
            continue
        when_none = isinstance(test.ops[0], ast.Is)
        if isinstance(node, ast.IfExp):
            answer: ast.expr | None = node.body if when_none else node.orelse
        else:
            branch = node.body if when_none else (node.orelse or following.get(id(node), []))
            answer = next((s.value for s in branch if isinstance(s, ast.Return)), None)
        if answer is not None and not (isinstance(answer, ast.Constant)
                                       and answer.value is None):
            return True
    return False


def project_answer(analysis: Analysis, cls: str) -> tuple[str, str] | None:
    """(name, path) of a package function answering a None ``cls`` that the package
    calls, if there is one."""
    modules = package_modules(analysis)
    texts = {rel: analysis.read(rel) or "" for rel in modules}
    for rel, text in texts.items():
        if cls not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            arguments = [*node.args.posonlyargs, *node.args.args]
            if not any(_optional_of(a.annotation, cls) and _answers_none(node, a.arg)
                       for a in arguments):
                continue
            called = f"{node.name}("
            if any(called in other.replace(f"def {node.name}(", "")
                   for other in texts.values()):
                return node.name, rel
    return None


def respect_the_projects_none_answers(candidates: list[Candidate],
                                      analysis: Analysis) -> list[Candidate]:
    """Annotation-backed answers to a None lose their backing where the package answers
    a None of that class with a function of its own."""
    culprit = analysis.culprit
    if culprit is None or not any(generically_backed(c) for c in candidates):
        return candidates
    cls = declared_class(analysis, culprit)
    found = project_answer(analysis, cls) if cls else None
    if found is None:
        return candidates
    name, path = found
    return [c.unbacked(f"(Backed only by {c.contract}, while the project answers a "
                       f"missing `{cls}` with `{name}()` in {path})")
            if generically_backed(c) else c for c in candidates]
