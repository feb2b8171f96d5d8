"""Turn a pydantic ``ValidationError`` raised inside a FastAPI endpoint into a 422.

The statement on the crashing line that builds a model by hand (``Model(**data)`` or
``Model.model_validate(data)``) inside a function decorated as a FastAPI route is
wrapped so that a ``ValidationError`` is re-raised as FastAPI's own
``RequestValidationError``, which FastAPI answers with its usual 422 body.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, add_imports, dotted_name, run_transformer

_ROUTE_METHODS = {"get", "post", "put", "patch", "delete", "api_route"}
_VALIDATES = m.Call(
    func=m.Attribute(attr=m.Name("model_validate") | m.Name("model_validate_json")) | m.Name(),
)


def _is_endpoint(func: cst.FunctionDef) -> bool:
    for decorator in func.decorators:
        dec = decorator.decorator
        name = dotted_name(dec.func) if isinstance(dec, cst.Call) else None
        if name is not None and "." in name and name.rsplit(".", 1)[-1] in _ROUTE_METHODS:
            return True
    return False


def _builds_model(stmt: cst.SimpleStatementLine) -> bool:
    for call in m.findall(stmt, _VALIDATES):
        assert isinstance(call, cst.Call)
        if isinstance(call.func, cst.Attribute):
            return True
        # Model(**data): a capitalised class called with a ** mapping.
        if (
            isinstance(call.func, cst.Name)
            and call.func.value[:1].isupper()
            and any(a.star == "**" for a in call.args)
        ):
            return True
    return False


class _Reraise422(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.endpoints: list[bool] = []
        self.guarded = 0

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.endpoints.append(_is_endpoint(node))

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.endpoints.pop()
        return updated

    def visit_Try(self, node: cst.Try) -> None:
        self.guarded += 1

    def leave_Try(self, original: cst.Try, updated: cst.Try) -> cst.Try:
        self.guarded -= 1
        return updated

    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.BaseStatement:
        if self.line is None or self.guarded or not self.endpoints or not self.endpoints[-1]:
            return updated
        if not self.covers(original) or not _builds_model(original):
            return updated
        self.changed = True
        handler = cst.ExceptHandler(
            type=cst.Name("ValidationError"),
            name=cst.AsName(name=cst.Name("exc")),
            body=cst.IndentedBlock(
                body=[cst.parse_statement("raise RequestValidationError(exc.errors()) from exc\n")]
            ),
        )
        return cst.Try(
            body=cst.IndentedBlock(body=[updated.with_changes(leading_lines=[])]),
            handlers=[handler],
            leading_lines=updated.leading_lines,
        )


def rewrite(source: str, line: int | None) -> str | None:
    new = run_transformer(source, _Reraise422(line))
    if new is None:
        return None
    return add_imports(
        new,
        [("fastapi.exceptions", "RequestValidationError"), ("pydantic", "ValidationError")],
    )
