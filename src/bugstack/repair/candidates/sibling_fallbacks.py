"""A None given to a required model field takes the fallback sibling code writes it with.

A pydantic model field that may not be None (``nickname: str``) is filled from an
optional value (``nickname=form.nickname``, where the form declares ``str | None =
None``), and a request that leaves the value out fails with ``1 validation error for
Profile / nickname / Input should be a valid string [type=string_type,
input_value=None]``. Which value the field gets then is the app's decision, and sibling
code of the same module that writes the same field of the same model has already made
it::

    def rename(login: str, nickname: str = "") -> Profile:
        profile = _profile(login)           # def _profile(...) -> Profile
        profile.nickname = nickname.strip() or profile.login

The crashing call writes the field the same way, the sibling's parameter read as the
optional value (its absent form being the parameter's own default, ``""``) and the
model's other field as the keyword the call gives it::

    Profile(login=form.login, nickname=(form.nickname or "").strip() or form.login)

Making the field optional would answer null where the model promises text, and ``""``
would show an empty name. Backing, all of it required: the error is one missing value
(``input_value=None``) of one field; the call names the model and passes that field a
plain name or attribute; a function of the same module assigns ``<obj>.<field> = <value>
or <fallback>`` where ``<obj>`` is declared that model (a parameter annotated so, the
result of the model's constructor, or of a module function annotated ``-> Model``);
``<value>`` reads only one parameter of that function (a parameter with a text default
when it does more than pass it on); ``<fallback>`` is another field of ``<obj>`` that the
call passes too, or a text constant. Siblings falling back differently, or a comment on a
declaration of the field that requires the value (required, must, rejected, 422), back
nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["SiblingFieldFallback"]

_MISSING = re.compile(r"^1 validation error for (\w+)\n(\w+)\n\s+Input should be a valid \w+"
                      r" \[type=\w+, input_value=None,")
_REQUIRED = re.compile(r"\b(required|must|mandatory|rejected|refused|422|400|error)\b", re.I)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _plain(node: ast.expr) -> bool:
    """A name or a chain of attributes of one, safe to read twice."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _model_call(statement: ast.stmt, model: str, field: str) -> ast.expr | None:
    """The value the statement's one ``Model(..., field=value)`` call passes the field."""
    found: list[ast.expr] = []
    for node in ast.walk(statement):
        if isinstance(node, ast.Call) and (
                (isinstance(node.func, ast.Name) and node.func.id == model)
                or (isinstance(node.func, ast.Attribute) and node.func.attr == model)):
            found.extend(k.value for k in node.keywords if k.arg == field)
    return found[0] if len(found) == 1 and _plain(found[0]) else None


def _keywords(statement: ast.stmt, model: str) -> dict[str, ast.expr]:
    return {k.arg: k.value for node in ast.walk(statement) if isinstance(node, ast.Call)
            and ast.unparse(node.func).rsplit(".", 1)[-1] == model
            for k in node.keywords if k.arg is not None}


def _returns_model(tree: ast.Module, model: str) -> set[str]:
    """Module functions annotated ``-> Model``."""
    return {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and n.returns is not None and ast.unparse(n.returns).strip("'\"") == model}


def _model_objects(function: FunctionNode, model: str, makers: set[str]) -> set[str]:
    """Locals and parameters of ``function`` that hold the model."""
    held = {a.arg for a in function.args.args + function.args.kwonlyargs
            if a.annotation is not None and ast.unparse(a.annotation).strip("'\"") == model}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Name) \
                and node.value.func.id in makers | {model}:
            held.add(node.targets[0].id)
    return held


def _parameter_default(function: FunctionNode, name: str) -> ast.expr | bool | None:
    """The default of parameter ``name``; None without one; False when it is no parameter."""
    positional = function.args.posonlyargs + function.args.args
    defaults = [None] * (len(positional) - len(function.args.defaults)) + list(
        function.args.defaults)
    for arg, default in [*zip(positional, defaults, strict=True),
                         *zip(function.args.kwonlyargs, function.args.kw_defaults,
                              strict=True)]:
        if arg.arg == name:
            return default
    return False


def _substituted(expression: ast.expr, parameter: str, text: str, source: str) -> str:
    """``expression`` as the file writes it, with ``text`` in place of the parameter's one
    read (by byte columns, so the file's own quoting stays)."""
    names = [n for n in ast.walk(expression) if isinstance(n, ast.Name) and n.id == parameter]
    if expression.lineno == expression.end_lineno and len(names) == 1:
        line = source.splitlines()[expression.lineno - 1].encode()
        start, end = expression.col_offset, expression.end_col_offset or 0
        name = names[0]
        return (line[start:name.col_offset].decode() + text
                + line[name.end_col_offset or 0:end].decode())
    placeholder = "_bugstack_given_"

    class _Swap(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.Name:
            return ast.Name(placeholder, node.ctx) if node.id == parameter else node

    swapped = ast.unparse(_Swap().visit(ast.parse(ast.unparse(expression), mode="eval")))
    return swapped.replace(placeholder, text)


def _sibling_fallbacks(tree: ast.Module, skip: ast.AST, model: str, field: str,
                       given: ast.expr, keywords: dict[str, ast.expr],
                       source: str) -> list[tuple[str, str]]:
    """(new value text, the sibling's statement) for each sibling writing the field."""
    makers = _returns_model(tree, model)
    found: list[tuple[str, str]] = []
    value_text = ast.get_source_segment(source, given) or ast.unparse(given)
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or function is skip:
            continue
        objects = _model_objects(function, model, makers)
        for node in ast.walk(function):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Attribute)
                    and node.targets[0].attr == field
                    and isinstance(node.targets[0].value, ast.Name)
                    and node.targets[0].value.id in objects
                    and isinstance(node.value, ast.BoolOp) and isinstance(node.value.op, ast.Or)
                    and len(node.value.values) == 2):
                continue
            owner = node.targets[0].value.id
            read, fallback = node.value.values
            names = {n.id for n in ast.walk(read) if isinstance(n, ast.Name)}
            if len(names) != 1 or any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                                      for n in ast.walk(read)):
                return []  # a value computed from more than the one parameter
            (parameter,) = names
            default = _parameter_default(function, parameter)
            if default is False or parameter == owner:
                return []
            if isinstance(fallback, ast.Attribute) and isinstance(fallback.value, ast.Name) \
                    and fallback.value.id == owner:
                if fallback.attr not in keywords or not _plain(keywords[fallback.attr]):
                    return []
                other = keywords[fallback.attr]
                fallback_text = ast.get_source_segment(source, other) or ast.unparse(other)
            elif isinstance(fallback, ast.Constant) and isinstance(fallback.value, str):
                fallback_text = ast.get_source_segment(source, fallback) or ast.unparse(fallback)
            else:
                return []
            if isinstance(read, ast.Name):
                value = f"{value_text} or {fallback_text}"
            elif isinstance(default, ast.Constant) and isinstance(default.value, str):
                written = ast.get_source_segment(source, default) or ast.unparse(default)
                absent = f"({value_text} or {written})"
                value = f"{_substituted(read, parameter, absent, source)} or {fallback_text}"
            else:
                return []  # no absent form of the parameter to read the None as
            found.append((value, ast.get_source_segment(source, node) or ast.unparse(node)))
    return found


def _field_refuses_none(analysis: Analysis, field: str) -> bool:
    """Whether a comment or description on a declaration of ``field`` requires it."""
    declaration = re.compile(rf"^(\s*){field}\s*:", re.M)
    for _, text, _tree in analysis.parsed_files(f"{field}:"):
        lines = text.splitlines()
        for match in declaration.finditer(text):
            index = text[:match.start()].count("\n")
            said = [lines[index]]
            above = index - 1
            while above >= 0 and lines[above].strip().startswith("#"):
                said.append(lines[above])
                above -= 1
            if any(_REQUIRED.search(line.split("#", 1)[-1]) for line in said if "#" in line) \
                    or re.search(r"description=[\"'][^\"']*\b(required|must)\b", lines[index]):
                return True
    return False


class SiblingFieldFallback:
    name = "sibling-field-fallback"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        match = _MISSING.match(analysis.message)
        if analysis.exc_type != "ValidationError" or match is None or crash is None \
                or statement is None or function is None or tree is None:
            return
        model, field = match.groups()
        given = _model_call(statement, model, field)
        if given is None:
            return
        fallbacks = _sibling_fallbacks(tree, function, model, field, given,
                                       _keywords(statement, model), crash.source)
        if not fallbacks or len({ast.dump(ast.parse(v)) for v, _ in fallbacks}) != 1:
            return  # no sibling, or siblings that fall back differently
        if _field_refuses_none(analysis, field):
            return
        value, sibling = fallbacks[0]
        yield Candidate(
            strategy=self.name,
            description=f"`{field}` left out is filled the way sibling code of the module "
                        f"fills `{model}.{field}`: `{value}`, instead of passing None to a "
                        f"field that does not admit it.",
            edits={crash.path: replace_node(crash.source, given, value)},
            originals={crash.path: crash.source}, plausibility=0.75,
            contract=f"a sibling writes the same field of `{model}` so: `{sibling[:160]}`",
        )
