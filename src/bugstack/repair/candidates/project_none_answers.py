"""A None carried on because a type says it may be None gives way where the project
already has its own answer for that None.

``event.organiser`` is declared ``Member | None``, and ``none-propagation`` may answer the
crash ``event.organiser.display_name`` with None: the annotation says None happens, not
what a page then shows. When the package has a function that takes ``Member | None`` and
answers the None itself (``member_name(member)`` returning ``DELETED_MEMBER_LABEL``), and
the package calls it, the project has said what a missing member becomes; the generic
None guesses past it. That holds only for the same question of the same class: the
function must answer the type of the field the crash read (``-> str`` for
``display_name: str``; an id, or an email beside a permission check's ``bool``, is
another question), and its parameter's class must be the one the field declares, resolved
by module (``shop.admin.Account`` is not ``shop.invoices.Account``). The candidate keeps
its place without its backing, so it can end only ``unverified``, and the report names the
function a reviewer may want instead.
Blind batch 27 of 2026-11-27 had this wrong fix: "organiser": null where every attendee
of the same page is shown as "former member".
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.field_declarations import declared_class, owner_class
from bugstack.repair.candidates.generic_backing import generically_backed
from bugstack.repair.candidates.helper_results import kind_of
from bugstack.repair.candidates.package_functions import module_name, package_modules

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


def project_answer(analysis: Analysis, cls: str, home: str | None = None,
                   kind: str | None = None) -> tuple[str, str] | None:
    """(name, path) of a package function answering a None ``cls`` that the package
    calls, if there is one. With ``home`` (the module ``cls`` lives in) the function's
    parameter class must live there too: two modules' ``Account`` are two classes. With
    ``kind`` (the declared type of the field the crash read) the function must answer
    that type: ``-> str`` for a ``display_name: str``; a permission check's ``bool`` is no
    value of the member's."""
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
            if kind is not None and _type_text(node.returns) != kind:
                continue
            arguments = [*node.args.posonlyargs, *node.args.args]
            if not any(_optional_of(a.annotation, cls) and _answers_none(node, a.arg)
                       and (home is None or _annotated_home(tree, rel, a.annotation, cls)
                            == home)
                       for a in arguments):
                continue
            called = f"{node.name}("
            if any(called in other.replace(f"def {node.name}(", "")
                   for other in texts.values()):
                return node.name, rel
    return None


def _type_text(annotation: ast.expr | None) -> str | None:
    """An annotation as comparable text (``decimal.Decimal`` -> ``Decimal``); None for
    none, and for ``bool``: a yes or no answers a question about the value, never the
    value itself."""
    text = kind_of(annotation)
    return None if text == "bool" else text


def _resolve(path: str, level: int, module: str | None) -> str:
    """The absolute module of ``from <level dots><module> import ...`` written in ``path``."""
    if level == 0:
        return module or ""
    package = module_name(path).split(".")
    if not path.endswith("/__init__.py"):
        package = package[:-1]
    base = package[:len(package) - (level - 1)] if level > 1 else package
    return ".".join([*base, *([module] if module else [])])


def _class_home(tree: ast.Module, path: str, written: str) -> str | None:
    """The module the class written ``written`` in ``path`` lives in: ``path``'s own when
    it defines it, the imported module for ``from X import Member`` (or ``import X`` with
    ``X.Member``); None when it cannot be told."""
    if "." in written:
        alias = written.rsplit(".", 1)[0]
        for node in tree.body:
            if isinstance(node, ast.Import):
                for item in node.names:
                    if (item.asname or item.name) == alias:
                        return item.name
            elif isinstance(node, ast.ImportFrom):
                for item in node.names:
                    if (item.asname or item.name) == alias:
                        return f"{_resolve(path, node.level, node.module)}.{item.name}" \
                            .lstrip(".")
        return None
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == written:
            return module_name(path)
        if isinstance(node, ast.ImportFrom):
            for item in node.names:
                if (item.asname or item.name) == written:
                    return _resolve(path, node.level, node.module)
    return None


def _annotated_home(tree: ast.Module, path: str, annotation: ast.expr | None,
                    cls: str) -> str | None:
    """The module of the class ``cls`` named in ``annotation`` (``Member | None``,
    ``models.Member | None``), read in ``path``."""
    if annotation is None:
        return None
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name | ast.Attribute) \
                and ast.unparse(node).rsplit(".", 1)[-1] == cls:
            return _class_home(tree, path, ast.unparse(node))
    return None


def _declared_home(analysis: Analysis, culprit: str, cls: str) -> str | None:
    """The module of the class the culprit is declared to hold: resolved where the field
    is declared (``organiser: Member | None`` in ``Event``), or, for a parameter, in the
    crashing module. None when it cannot be told or declarations disagree."""
    assert analysis.crash is not None
    if culprit.isidentifier():
        if analysis.tree is None or analysis.function is None:
            return None
        arguments = analysis.function.args
        annotation = next((a.annotation for a in [*arguments.posonlyargs, *arguments.args,
                                                  *arguments.kwonlyargs]
                           if a.arg == culprit), None)
        return _annotated_home(analysis.tree, analysis.crash.path, annotation, cls)
    owner, field = culprit.rsplit(".", 1)
    owner_cls = owner_class(analysis, owner)
    homes: dict[bool, set[str | None]] = {True: set(), False: set()}
    for rel, _, tree in analysis.parsed_files(field):
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) \
                        and item.target.id == field and _optional_of(item.annotation, cls):
                    homes[node.name == owner_cls].add(
                        _annotated_home(tree, rel, item.annotation, cls))
    found = homes[True] or homes[False]
    return found.pop() if len(found) == 1 else None


def _field_type(analysis: Analysis, home: str, cls: str, attribute: str) -> str | None:
    """The declared type of ``attribute`` in class ``cls`` of module ``home``."""
    for rel, _, tree in analysis.parsed_files(f"class {cls}"):
        if module_name(rel) != home:
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == cls:
                for item in node.body:
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) \
                            and item.target.id == attribute:
                        return _type_text(item.annotation)
    return None


def respect_the_projects_none_answers(candidates: list[Candidate],
                                      analysis: Analysis) -> list[Candidate]:
    """Annotation-backed answers to a None lose their backing where the package answers
    a None of that class, of the same module, with a function answering the kind of value
    the crash read of it (``member_name() -> str`` for ``organiser.display_name: str``).
    An id read of the same None, or an email next to a permission check, is another
    question, which the annotation's None still answers."""
    culprit = analysis.culprit
    if culprit is None or analysis.crash is None \
            or not any(generically_backed(c) for c in candidates):
        return candidates
    read = re.search(r"has no attribute '(\w+)'", analysis.message)
    cls = declared_class(analysis, culprit)
    if read is None or cls is None:
        return candidates
    home = _declared_home(analysis, culprit, cls)
    kind = _field_type(analysis, home, cls, read.group(1)) if home else None
    found = project_answer(analysis, cls, home, kind) if home and kind else None
    if found is None:
        return candidates
    name, path = found
    return [c.unbacked(f"(Backed only by {c.contract}, while the project answers a "
                       f"missing `{cls}` with `{name}()` in {path})")
            if generically_backed(c) else c for c in candidates]
