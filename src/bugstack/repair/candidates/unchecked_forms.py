"""A form validated with its answer thrown away: the view goes on with invalid input.

``form.is_valid()`` as a statement of its own runs the validation and ignores the result,
so the code after it works on what failed: Django leaves every field that did not
validate out of ``cleaned_data``, and the crash further down (a ``KeyError`` for the
field, a ``None`` where a date should be) is only where the invalid input ends up.

* The fix is where the answer was thrown away. When a sibling function of the same module
  builds the same form class and answers an invalid one (``if not form.is_valid(): return
  JsonResponse({"errors": form.errors}, status=400)``), this view answers the same way.
* Every other candidate loses its backing: reading the missing field with ``.get()`` or a
  default would carry on with input the form refused (exporting every order when the date
  filter could not be read).

Flask-WTF's ``validate()`` and ``validate_on_submit()`` are read the same way. Only when:

* the object is of a class of the repository that is a form (a base named ``...Form``),
  and the crash is on one of its declared fields (``KeyError: 'placed_from'``) or on
  ``cleaned_data`` itself (otherwise the ignored answer is a bystander);
* the function is a view (its first parameter is the request, or it is routed): an import
  or a task answers no request;
* its docstring says nothing of its own about bad or partial input ("shown again with
  errors", "a half-typed draft is normal", "the answer is 200"): there it decides;
* the sibling's answer refuses the request (a 4xx status, ``HttpResponseBadRequest``,
  ``abort(400)``): a quote or a redirect to a listing answers something else.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.analyse import Analysis, enclosing_function
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of, replace_node
from bugstack.repair.contract_items import refusal_in

__all__ = ["UncheckedFormValidation", "respect_unchecked_validation"]

_VALIDATORS = frozenset({"is_valid", "validate", "validate_on_submit"})
# A view that speaks of bad or partial input has its own answer for it.
_BAD_INPUT = re.compile(r"\b(?:bad|invalid|ignor\w*|left\s+out|errors?|wrong|partial\w*|half"
                        r"|incomplete|whatever|so\s+far|normal|expected|2\d\d)\b", re.I)
# An answer refusing the request: a 4xx status, a refusing response class, an abort.
_ERROR_ANSWER = re.compile(r"\bstatus(?:_code)?\s*=\s*4\d\d\b|HttpResponse(?:BadRequest|Forbidden"
                           r"|NotFound)\b|\babort\(\s*4\d\d\b|,\s*4\d\d\s*\)?\s*$")
_ROUTE = re.compile(r"\.(?:route|get|post|put|patch|delete|api_view)\b|\bapi_view\b")


@dataclass(frozen=True, slots=True)
class _Unchecked:
    frame: LocatedFrame
    tree: ast.Module
    statement: ast.Expr
    form: str
    validator: str
    form_class: str | None


class UncheckedFormValidation:
    name = "unchecked-form-validation"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        found = unchecked_validation(site)
        if found is None or found.form_class is None:
            return
        answer = _sibling_answer(found)
        if answer is None:
            return
        sibling, text = answer
        frame, source = found.frame, found.frame.source
        indent = indentation_of(source, found.statement.lineno)
        body = "\n".join(indent + "    " + line if n else line
                         for n, line in enumerate(text.splitlines()))
        new = replace_node(source, found.statement,
                           f"if not {found.form}.{found.validator}():\n{indent}    {body}")
        yield Candidate(
            strategy=self.name,
            description=f"`{found.form}.{found.validator}()` was called and its answer "
                        f"ignored; an invalid `{found.form_class}` is now answered as "
                        f"`{sibling}` answers it, instead of going on with the fields that "
                        "failed.",
            edits={frame.path: new}, originals={frame.path: source}, plausibility=0.9,
            contract=f"the sibling `{sibling}` answers an invalid `{found.form_class}` with "
                     f"`{text.splitlines()[0].strip()}`",
        )


def unchecked_validation(site: CrashSite) -> _Unchecked | None:
    """A form's validation on the stack whose answer is thrown away before the frame's
    line, when the crash is about that form's fields and the view is silent on bad input."""
    found = _discarded_validation(site)
    if found is None or found.form_class is None:
        return None
    declared = _form_fields(found.tree, found.form_class)
    if declared is None:
        return None
    exception = site.exception
    try:
        key = ast.literal_eval(exception.value) if exception.type.endswith("KeyError") else None
    except (ValueError, SyntaxError):
        key = None
    if key not in declared and "cleaned_data" not in exception.value:
        return None  # the crash is about something else: the ignored answer is a bystander
    function = enclosing_function(found.tree, found.frame.lineno)
    if function is None or not _is_view(function):
        return None  # an import or a task answers no request: a view's answer is no fix
    docstring = ast.get_docstring(function) or ""
    if refusal_in(docstring) or _BAD_INPUT.search(docstring):
        return None
    return found


def _is_view(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A Django view (its first parameter is the request) or a routed Flask view."""
    arguments = [*function.args.posonlyargs, *function.args.args]
    if arguments and arguments[0].arg == "request":
        return True
    return any(_ROUTE.search(ast.unparse(decorator)) for decorator in function.decorator_list)


def _discarded_validation(site: CrashSite) -> _Unchecked | None:
    for frame in site.frames:
        try:
            tree = ast.parse(frame.source)
        except SyntaxError:
            continue
        function = enclosing_function(tree, frame.lineno)
        if function is None:
            continue
        for node in ast.walk(function):
            if not (isinstance(node, ast.Expr) and node.lineno < frame.lineno
                    and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Attribute)
                    and node.value.func.attr in _VALIDATORS
                    and isinstance(node.value.func.value, ast.Name)):
                continue
            form = node.value.func.value.id
            return _Unchecked(frame, tree, node, form, node.value.func.attr,
                              _built_from(function, form))
    return None


def respect_unchecked_validation(candidates: list[Candidate],
                                 site: CrashSite) -> list[Candidate]:
    if unchecked_validation(site) is None:
        return candidates
    return [c if c.strategy == UncheckedFormValidation.name or c.contract is None
            else c.unbacked() for c in candidates]


def _form_fields(tree: ast.Module, name: str) -> set[str] | None:
    """The fields a form class of the module declares, or None when it is no form."""
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name and any(
                ast.unparse(base).endswith("Form") for base in node.bases):
            return {target.id for item in node.body if isinstance(item, ast.Assign)
                    for target in item.targets if isinstance(target, ast.Name)}
    return None


def _built_from(function: ast.AST, name: str) -> str | None:
    """The class ``name = SomeForm(...)`` builds in ``function``."""
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)):
            return node.value.func.id
    return None


def _sibling_answer(found: _Unchecked) -> tuple[str, str] | None:
    """A sibling's one-statement answer to the same form class failing, in this view's
    names; None when siblings answer it differently or not at all."""
    answers: dict[str, tuple[str, str]] = {}
    for sibling in ast.walk(found.tree):
        if not isinstance(sibling, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(sibling):
            if not (isinstance(node, ast.If) and not node.orelse and len(node.body) == 1
                    and isinstance(node.body[0], ast.Return) and node.body[0].value is not None
                    and isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not)
                    and isinstance(node.test.operand, ast.Call)
                    and isinstance(node.test.operand.func, ast.Attribute)
                    and node.test.operand.func.attr == found.validator
                    and isinstance(node.test.operand.func.value, ast.Name)):
                continue
            theirs = node.test.operand.func.value.id
            if _built_from(sibling, theirs) != found.form_class:
                continue
            returned = node.body[0]
            if not _ERROR_ANSWER.search(ast.unparse(returned)):
                continue  # a quote or a listing is no answer to a refused form
            names = {n.id for n in ast.walk(returned) if isinstance(n, ast.Name)}
            if names & _locals(sibling) - {theirs}:
                continue  # the answer uses something only that view has
            text = ast.get_source_segment(found.frame.source, returned) or ""
            if theirs != found.form:
                text = ast.unparse(_Renamed(theirs, found.form).visit(copy.deepcopy(returned)))
            answers[ast.dump(ast.parse(text))] = (sibling.name, text)
    return next(iter(answers.values())) if len(answers) == 1 else None


def _locals(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    arguments = function.args
    names = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    return names | {n.id for n in ast.walk(function)
                    if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


class _Renamed(ast.NodeTransformer):
    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name(self.new, node.ctx) if node.id == self.old else node
