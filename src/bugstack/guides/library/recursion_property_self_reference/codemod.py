"""Store a property's value in ``self._name`` when the property reads or sets itself.

Inside the getter, setter or deleter of property ``name`` (and only there), every
``self.name`` becomes ``self._name``. Applies only to the class whose property code
covers the crashing line, and never when the class already uses ``_name`` for a method.
"""

from __future__ import annotations

import libcst as cst

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer


def _property_name(func: cst.FunctionDef) -> str | None:
    for decorator in func.decorators:
        name = dotted_name(decorator.decorator)
        if name == "property":
            return func.name.value
        if name in (f"{func.name.value}.setter", f"{func.name.value}.deleter"):
            return func.name.value
    return None


def _self_name(func: cst.FunctionDef) -> str | None:
    params = func.params.params
    return params[0].name.value if params else None


class _RedirectToField(cst.CSTTransformer):
    def __init__(self, owner: str, name: str) -> None:
        super().__init__()
        self.owner = owner
        self.name = name
        self.count = 0

    def leave_Attribute(
        self, original: cst.Attribute, updated: cst.Attribute
    ) -> cst.BaseExpression:
        if dotted_name(original) == f"{self.owner}.{self.name}":
            self.count += 1
            return updated.with_changes(attr=cst.Name(f"_{self.name}"))
        return updated


class _FixRecursiveProperty(LineScoped):
    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        if self.line is None or not self.covers(original):
            return updated
        methods = [s for s in original.body.body if isinstance(s, cst.FunctionDef)]
        taken = {f.name.value for f in methods}
        crashing = next(
            (f for f in methods if _property_name(f) is not None and self.covers(f)), None
        )
        if crashing is None:
            return updated
        name = _property_name(crashing)
        assert name is not None
        if f"_{name}" in taken:
            return updated
        if not isinstance(updated.body, cst.IndentedBlock):
            return updated
        new_body: list[cst.BaseStatement] = []
        changed = 0
        for stmt in updated.body.body:
            if isinstance(stmt, cst.FunctionDef) and _property_name(stmt) == name:
                owner = _self_name(stmt)
                if owner is not None:
                    redirect = _RedirectToField(owner, name)
                    stmt = stmt.with_changes(body=stmt.body.visit(redirect))
                    changed += redirect.count
            new_body.append(stmt)
        if not changed:
            return updated
        self.changed = True
        return updated.with_changes(body=updated.body.with_changes(body=new_body))


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _FixRecursiveProperty(line))
