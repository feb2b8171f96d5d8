"""Web-framework errors answered the way the module's other views already answer them.

* ``Model.DoesNotExist`` from ``Model.objects.get(...)``, in a module whose views use
  ``get_object_or_404``: the lookup becomes ``get_object_or_404(Model, ...)``;
* a ``ValueError`` from parsing a request parameter, in a module (or under a docstring)
  that answers bad input with a 400: the parsing is wrapped so the error becomes that 400.

Both are proposed only when the module shows the convention; without it the choice of
status would be a guess.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node

__all__ = ["FrameworkConventions"]

_BAD_REQUEST = (
    (re.compile(r"raise\s+HTTPException\(\s*(?:status_code\s*=\s*)?(400|status\.HTTP_400\w*)"),
     'raise HTTPException(status_code={code}, detail="Invalid value") from exc'),
    (re.compile(r"abort\(\s*(400)"), "abort({code})"),
    (re.compile(r"(HttpResponseBadRequest)\("), 'return HttpResponseBadRequest("Invalid value")'),
)
_PARSE_ERRORS = ("ValueError", "InvalidOperation", "JSONDecodeError")


def _reads_input(function: ast.FunctionDef | ast.AsyncFunctionDef,
                 statement: ast.stmt) -> bool:
    """``statement`` reads what the client sent: ``request`` or a parameter of the view
    (a path or query value), directly or through one local assigned before it."""
    arguments = function.args
    inputs = {a.arg for a in (*arguments.posonlyargs, *arguments.args,
                              *arguments.kwonlyargs)} - {"self", "cls"} | {"request"}
    names = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name)}
    if names & inputs:
        return True
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
                and node.lineno < statement.lineno
                and {t.id for t in ast.walk(node) if isinstance(t, ast.Name)
                     and isinstance(t.ctx, ast.Store)} & names
                and {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} & inputs):
            return True
    return False


class FrameworkConventions:
    name = "framework-convention"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.crash is None or analysis.statement is None:
            return
        if analysis.exc_type == "DoesNotExist":
            yield from self._get_or_404(analysis)
        elif analysis.exc_type in _PARSE_ERRORS:
            yield from self._bad_request(analysis)
        elif analysis.exc_type == "TypeError" and "is not JSON serializable" in analysis.message:
            yield from self._json_encoding(analysis)

    def _json_encoding(self, analysis: Analysis) -> Iterator[Candidate]:
        """Encode the content the way the module's other responses and dumps already do."""
        assert analysis.crash is not None and analysis.statement is not None
        source, path = analysis.crash.source, analysis.crash.path
        sibling_default = re.search(r"json\.dumps\([^\n]*default\s*=\s*([\w.]+)", source)
        for node in ast.walk(analysis.statement):
            if not isinstance(node, ast.Call):
                continue
            callee = ast.unparse(node.func)
            if callee.endswith("JSONResponse") and "jsonable_encoder" in source:
                content = next((k.value for k in node.keywords if k.arg == "content"),
                               node.args[0] if node.args else None)
                if content is None or "jsonable_encoder" in ast.unparse(content):
                    continue
                text = ast.get_source_segment(source, content) or ast.unparse(content)
                yield Candidate(
                    strategy=self.name,
                    description="The response content now goes through `jsonable_encoder`, "
                                "which turns datetimes and other values into JSON types.",
                    edits={path: replace_node(source, content, f"jsonable_encoder({text})")},
                    originals={path: source}, plausibility=0.85,
                    contract="the module's other responses wrap their content in "
                             "jsonable_encoder",
                )
            elif callee in ("json.dumps", "dumps") and not any(
                k.arg == "default" for k in node.keywords
            ):
                call = ast.get_source_segment(source, node) or ast.unparse(node)
                options: list[tuple[str, str | None]] = []
                if sibling_default:
                    options.append((sibling_default.group(1), "the module's other json.dumps "
                                    f"calls use `default={sibling_default.group(1)}`"))
                if "datetime" in analysis.message and ".isoformat()" in source:
                    options.append(("lambda value: value.isoformat()", "the module writes its "
                                    "timestamps with `.isoformat()` (ISO 8601)"))
                options.append(("str", None))
                for default, contract in options:
                    yield Candidate(
                        strategy=self.name,
                        description="Values JSON cannot encode are now encoded with "
                                    f"`{default}`.",
                        edits={path: replace_node(source, node, call[:-1].rstrip()
                                                  + f", default={default})")},
                        originals={path: source},
                        plausibility=0.8 if contract else 0.3, contract=contract,
                    )

    def _get_or_404(self, analysis: Analysis) -> Iterator[Candidate]:
        assert analysis.crash is not None and analysis.statement is not None
        source = analysis.crash.source
        if "get_object_or_404" not in source:
            return
        for node in ast.walk(analysis.statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "get"
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr == "objects"):
                continue
            model = ast.get_source_segment(source, node.func.value.value) or ""
            args = [ast.get_source_segment(source, a) or ast.unparse(a) for a in node.args]
            args += [ast.get_source_segment(source, k) or ast.unparse(k) for k in node.keywords]
            call = f"get_object_or_404({', '.join([model, *args])})"
            yield Candidate(
                strategy=self.name,
                description=f"A missing `{model}` now answers 404 through "
                            "`get_object_or_404`, like the module's other views.",
                edits={analysis.crash.path: replace_node(source, node, call)},
                originals={analysis.crash.path: source}, plausibility=0.85,
                contract="the module's other views look records up with get_object_or_404",
            )

    def _bad_request(self, analysis: Analysis) -> Iterator[Candidate]:
        assert analysis.crash is not None and analysis.statement is not None
        statement, source = analysis.statement, analysis.crash.source
        if analysis.function is None or statement is analysis.function:
            return
        if not isinstance(statement, ast.Assign | ast.AnnAssign | ast.Expr | ast.AugAssign):
            return
        if not _reads_input(analysis.function, statement):
            # A 400 blames the client: `int(SETTINGS["window_days"])` failing on the app's
            # own setting is a server bug, whatever sibling views answer bad input with.
            return
        docstring = ast.get_docstring(analysis.function) or ""
        for pattern, template in _BAD_REQUEST:
            match = pattern.search(source)
            if match is None:
                continue
            reason = "the module answers bad input with a 400 elsewhere"
            if "400" in docstring:
                reason = "the docstring says malformed input is a 400"
            answer = template.format(code=match.group(1))
            lines = source.splitlines(keepends=True)
            first, last = statement.lineno, statement.end_lineno or statement.lineno
            indent, step = indentation_of(source, first), indent_unit(source)
            body = "".join(step + line if line.strip() else line
                           for line in lines[first - 1:last])
            handler = f"except {analysis.exc_type} as exc:" if "exc" in answer \
                else f"except {analysis.exc_type}:"
            block = (f"{indent}try:\n{body}{indent}{handler}\n{indent}{step}{answer}\n")
            new = "".join(lines[:first - 1]) + block + "".join(lines[last:])
            yield Candidate(
                strategy=self.name,
                description=f"Malformed input now answers 400 instead of raising "
                            f"{analysis.exc_type}, as {reason}.",
                edits={analysis.crash.path: new}, originals={analysis.crash.path: source},
                plausibility=0.8, contract=reason,
            )
            return
