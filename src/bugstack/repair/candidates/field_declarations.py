"""Where the field behind ``owner.field`` is declared, and whether it may be None.

A field's annotation is evidence only for the class it belongs to. Two classes of one app
often share a field name with different promises (``Quote.customer: Customer | None`` for
a quote asked for anonymously, ``Order.customer: Customer`` on an order that must have
one), so the declaration read must be the one of the value's own class: named by the
parameter's annotation, by the captured value's repr (``Order(number='A-9', ...)``), or by
the method's class for ``self``. When that class cannot be told, the field counts as
optional only if every class of the repository declaring it says so.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis

__all__ = ["FieldDeclaration", "declared_class", "declared_optional", "owner_class"]

_REPR_CLASS = re.compile(r"^\s*(?:\w+\.)*(\w+)\(")


@dataclass(frozen=True, slots=True)
class FieldDeclaration:
    owner: str
    text: str
    path: str

    @property
    def optional(self) -> bool:
        return bool(re.search(r"\|\s*None\b|\bNone\s*\||\bOptional\[", self.text))


def _class_name(annotation: ast.expr) -> str | None:
    """``Order``, ``models.Order``, ``Order | None``, ``Optional[Order]`` -> ``Order``."""
    names = [ast.unparse(n).rsplit(".", 1)[-1] for n in ast.walk(annotation)
             if isinstance(n, ast.Name | ast.Attribute) and ast.unparse(n) != "None"
             and ast.unparse(n).rsplit(".", 1)[-1] != "Optional"]
    return names[0] if len(names) == 1 else None


def owner_class(analysis: Analysis, owner: str) -> str | None:
    """The class of the value written ``owner`` at the crash, when it can be told."""
    function = analysis.function
    if function is not None and owner.isidentifier():
        args = function.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            if arg.arg == owner and arg.annotation is not None:
                return _class_name(arg.annotation)
        if owner == "self" and analysis.tree is not None:
            for node in ast.walk(analysis.tree):
                if isinstance(node, ast.ClassDef) and function in node.body:
                    return node.name
    captured = _REPR_CLASS.match(analysis.values.get(owner, ""))
    return captured.group(1) if captured else None


def _declarations(analysis: Analysis, field: str) -> list[FieldDeclaration]:
    found: list[FieldDeclaration] = []
    for rel, text, tree in analysis.parsed_files(field):
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            declared = [
                FieldDeclaration(node.name, ast.get_source_segment(text, item) or "", rel)
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                and item.target.id == field
            ]
            found += declared or _set_in_init(node, field, rel)
    return found


def _set_in_init(cls: ast.ClassDef, field: str, path: str) -> list[FieldDeclaration]:
    """``self.customer = customer`` in ``__init__``: declared as its parameter is
    (``customer: Customer``), or, assigned anything else, as undeclared and so not
    optional."""
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef)
                 and n.name == "__init__"), None)
    if init is None:
        return []
    parameters = {a.arg: a for a in [*init.args.posonlyargs, *init.args.args,
                                     *init.args.kwonlyargs]}
    for node in ast.walk(init):
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if not (isinstance(target, ast.Attribute) and target.attr == field
                    and isinstance(target.value, ast.Name) and target.value.id == "self"):
                continue
            annotation = node.annotation if isinstance(node, ast.AnnAssign) else None
            value = node.value
            if annotation is None and isinstance(value, ast.Name) and value.id in parameters:
                annotation = parameters[value.id].annotation
            text = ast.unparse(annotation) if annotation is not None else "object"
            if isinstance(value, ast.Constant) and value.value is None:
                text = f"{text} | None"
            return [FieldDeclaration(cls.name, f"{field}: {text}", path)]
    return []


def declared_optional(analysis: Analysis, culprit: str) -> str | None:
    """Where the field read as ``culprit`` (``order.customer``) is declared possibly None,
    said as contract text; None when its declaration does not allow None, or when the
    declarations of classes it could belong to disagree."""
    if "." not in culprit:
        return None
    owner, field = culprit.rsplit(".", 1)
    declarations = _declarations(analysis, field)
    cls = owner_class(analysis, owner)
    own = [d for d in declarations if d.owner == cls]
    candidates = own or declarations
    if not candidates or not all(d.optional for d in candidates):
        return None
    chosen = candidates[0]
    return f"`{field}` is declared `{chosen.text}` in {chosen.path}"


def declared_class(analysis: Analysis, culprit: str) -> str | None:
    """The class a value read as ``culprit`` is declared to hold when it is not None:
    ``Member`` for ``event.organiser`` declared ``organiser: Member | None``, or for a
    parameter ``organiser`` annotated so. None when it cannot be told or classes disagree."""
    function = analysis.function
    if culprit.isidentifier() and function is not None:
        args = function.args
        return next((_class_name(a.annotation) for a in
                     [*args.posonlyargs, *args.args, *args.kwonlyargs]
                     if a.arg == culprit and a.annotation is not None), None)
    if "." not in culprit:
        return None
    owner, field = culprit.rsplit(".", 1)
    declarations = _declarations(analysis, field)
    cls = owner_class(analysis, owner)
    named: set[str | None] = set()
    for declaration in [d for d in declarations if d.owner == cls] or declarations:
        try:
            statement = ast.parse(declaration.text).body[0]
        except (SyntaxError, IndexError):
            return None
        named.add(_class_name(statement.annotation)
                  if isinstance(statement, ast.AnnAssign) else None)
    return named.pop() if len(named) == 1 else None
