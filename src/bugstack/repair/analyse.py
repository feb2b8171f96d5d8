"""Stage 3: explain the crash from the event and the code, as a reviewer would want it.

The analysis finds the statement and function that crashed, the value that was wrong
(from the message and the captured locals), where that value came from (the assignment
or the parameter it arrived through), and the contract evidence candidates use to
choose a behaviour: the function's return annotation and docstring, and how sibling
functions answer a missing record.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.domain.crash_site import read_repository_file
from bugstack.repair.absent_cases import answer_for, crash_subjects
from bugstack.repair.contract import (
    Evidence,
    default_for_annotation,
    not_found_convention,
)
from bugstack.repair.contract_items import comments_above
from bugstack.repair.predicate_answers import predicate_answer

__all__ = [
    "Analysis",
    "analyse",
    "enclosing_function",
    "enclosing_statement",
    "next_statement",
    "origin_of",
]

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(slots=True)
class Analysis:
    exc_type: str
    message: str
    crash: LocatedFrame | None
    tree: ast.Module | None = None
    function: FunctionNode | None = None
    statement: ast.stmt | None = None
    #: What the crashed function should give back when it cannot do its work.
    return_default: Evidence | None = None
    #: How the crashed module answers a missing record elsewhere (a 404, usually).
    not_found: Evidence | None = None
    #: The crash frame's captured locals, as sentry-sdk's repr strings.
    values: dict[str, str] = field(default_factory=dict)
    #: The expression that held the wrong value, when one could be named.
    culprit: str | None = None
    cause: str = ""
    #: The workspace, so strategies can read the files the crash points to.
    root: Path | None = None
    #: Parsed repository files (None: not Python that parses), shared by the strategies.
    _trees: dict[str, ast.Module | None] = field(default_factory=dict, repr=False)

    def missing_text_key(self) -> str | None:
        """The key of a ``KeyError`` when it is text (``KeyError: 'overtime'``)."""
        if self.exc_type != "KeyError":
            return None
        try:
            key = ast.literal_eval(self.message)
        except (ValueError, SyntaxError):
            return None
        return key if isinstance(key, str) else None

    def captured_none_field(self, expr: ast.expr) -> str | None:
        """``field`` when ``expr`` is ``obj.field`` and the captured ``obj`` (a dataclass or
        model repr, ``Order(id=3, paid_at=None)``) shows ``field=None``."""
        if not (isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)):
            return None
        try:
            made = ast.parse(self.values.get(expr.value.id, ""), mode="eval").body
        except SyntaxError:
            return None
        if isinstance(made, ast.Call) and any(
                k.arg == expr.attr and isinstance(k.value, ast.Constant) and k.value.value is None
                for k in made.keywords):
            return expr.attr
        return None

    def read(self, rel: str) -> str | None:
        """A repository file's text, or None when it does not exist."""
        return read_repository_file(self.root, rel)

    def python_files(self) -> list[str]:
        """Repository-relative paths of the app's Python files (tests included)."""
        if self.root is None:
            return []
        skipped = {".venv", "venv", "env", "site-packages", "node_modules", "__pycache__"}
        return sorted(
            path.relative_to(self.root).as_posix() for path in self.root.rglob("*.py")
            if not skipped.intersection(path.relative_to(self.root).parts)
        )

    def parsed_files(self, needle: str) -> Iterator[tuple[str, str, ast.Module]]:
        """(path, text, tree) of each of the app's Python files whose text holds ``needle``
        and parses. Strategies search the repository for siblings, callers and
        declarations; the text test first keeps them from parsing every file, and each
        file is parsed once per analysis however many strategies ask."""
        for rel in self.python_files():
            text = self.read(rel)
            if text is None or needle not in text:
                continue
            if rel not in self._trees:
                try:
                    self._trees[rel] = ast.parse(text)
                except SyntaxError:
                    self._trees[rel] = None
            tree = self._trees[rel]
            if tree is not None:
                yield rel, text, tree

    def declaration_comments(self, attribute: str) -> list[str]:
        """The comments on every class-level declaration ``attribute: T`` in the
        repository (the block above it and its trailing comment), and on every model
        field ``attribute = models.XField(...)`` with its ``help_text``: what the app says
        a field's value, None included, means."""
        declaration = re.compile(rf"^\s+{re.escape(attribute)}\s*:")
        field = re.compile(rf"^\s+{re.escape(attribute)}\s*=\s*[\w.]*(?:Field|Key)\(")
        found: list[str] = []
        for rel in self.python_files():
            text = self.read(rel)
            if not text or attribute not in text:
                continue
            lines = text.splitlines()
            found += [comments_above(lines, lineno) for lineno, line in enumerate(lines, 1)
                      if declaration.match(line) or field.match(line)]
            if any(field.match(line) for line in lines):
                found += _help_texts(text, attribute)
        return found

    def definitions(self, name: str) -> list[tuple[str, FunctionNode]]:
        """Functions and methods called ``name`` anywhere in the repository."""
        return [(rel, node) for rel, _, tree in self.parsed_files(f"def {name}")
                for node in ast.walk(tree)
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and node.name == name]

    @property
    def location(self) -> str:
        if self.crash is None:
            return "an unknown place"
        return f"{self.crash.path}:{self.crash.lineno}"


def enclosing_function(tree: ast.AST, lineno: int) -> FunctionNode | None:
    best: FunctionNode | None = None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
            node.lineno <= lineno <= (node.end_lineno or node.lineno)
        ) and (best is None or node.lineno > best.lineno):
            best = node
    return best


def enclosing_statement(tree: ast.AST, lineno: int) -> ast.stmt | None:
    """The innermost statement on ``lineno``; a compound one only for its header lines."""
    best: ast.stmt | None = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        end = node.end_lineno or node.lineno
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
            # A compound statement owns only its header, up to where its body begins.
            end = body[0].lineno - 1 if body[0].lineno > node.lineno else node.lineno
        if node.lineno <= lineno <= end and (best is None or node.lineno >= best.lineno):
            best = node
    return best


def next_statement(function: ast.AST, statement: ast.stmt) -> ast.stmt | None:
    """The statement after ``statement`` in its own block, or None when it is the last."""
    for node in ast.walk(function):
        for part in ("body", "orelse", "finalbody"):
            block = getattr(node, part, None)
            if isinstance(block, list) and statement in block:
                index = block.index(statement)
                return block[index + 1] if index + 1 < len(block) else None
    return None


def origin_of(function: FunctionNode, name: str, before: int) -> ast.expr | None:
    """The value last assigned to ``name`` in ``function`` before line ``before``."""
    found: ast.expr | None = None
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and node.lineno < before and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            if found is None or node.lineno > getattr(found, "lineno", 0):
                found = node.value
        elif (isinstance(node, ast.AnnAssign) and node.lineno < before and node.value is not None
              and isinstance(node.target, ast.Name) and node.target.id == name
              and (found is None or node.lineno > getattr(found, "lineno", 0))):
            found = node.value
    return found


def _values(crash: LocatedFrame) -> dict[str, str]:
    return {k: v if isinstance(v, str) else repr(v) for k, v in crash.frame.vars.items()}


_NONE_MESSAGES = (
    re.compile(r"'NoneType' object has no attribute '(?P<attr>\w+)'"),
    re.compile(r"'NoneType' object is not (subscriptable|iterable)"),
    re.compile(r"unsupported operand type\(s\) for .*'NoneType'"),
)


def _help_texts(text: str, attribute: str) -> list[str]:
    """The ``help_text`` of each class-level ``attribute = SomeField(..., help_text=...)``."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    return [keyword.value.value for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
            for item in node.body if isinstance(item, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == attribute for t in item.targets)
            and isinstance(item.value, ast.Call)
            for keyword in item.value.keywords if keyword.arg == "help_text"
            and isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str)]


def _none_culprit(analysis: Analysis) -> str | None:
    statement, message = analysis.statement, analysis.message
    if statement is None:
        return None
    attr = re.search(r"has no attribute '(\w+)'", message)
    for node in ast.walk(statement):
        if attr and isinstance(node, ast.Attribute) and node.attr == attr.group(1):
            text = ast.unparse(node.value)
            if analysis.values.get(text, "None") == "None":
                return text
        if not attr and isinstance(node, ast.Subscript | ast.Name):
            target = node.value if isinstance(node, ast.Subscript) else node
            text = ast.unparse(target)
            if analysis.values.get(text) == "None":
                return text
    return None


def _describe_origin(analysis: Analysis, name: str, site: CrashSite) -> str:
    function = analysis.function
    if function is None or analysis.crash is None:
        return ""
    value = origin_of(function, name, analysis.crash.lineno)
    if isinstance(value, ast.Call):
        args = ", ".join(
            f"{a} = {analysis.values[a]}" for a in sorted(
                {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
            ) if a in analysis.values
        )
        return (f" because `{ast.unparse(value)}` returned None"
                + (f" ({args})" if args else "")
                + f" and `{function.name}` does not handle that case")
    params = {a.arg for a in [*function.args.posonlyargs, *function.args.args,
                              *function.args.kwonlyargs]}
    if name in params and len(site.frames) > 1:
        caller = site.frames[-2]
        return (f": it is a parameter, and `{caller.frame.function}` "
                f"({caller.path}:{caller.lineno}) passed None in")
    return ""


def _cause(analysis: Analysis, site: CrashSite) -> str:
    where = analysis.location
    func = f" in `{analysis.function.name}`" if analysis.function else ""
    message, exc = analysis.message, analysis.exc_type
    if analysis.culprit and any(p.search(message) for p in _NONE_MESSAGES):
        origin = _describe_origin(analysis, analysis.culprit, site)
        return f"`{analysis.culprit}` is None at {where}{func}{origin}."
    if exc == "KeyError":
        return f"The key {message} is missing from the mapping read at {where}{func}."
    if exc == "ZeroDivisionError":
        return f"A division by zero at {where}{func}: the divisor is 0 in the case captured."
    if exc == "IndexError":
        return f"An index out of range at {where}{func}: the sequence is shorter than assumed."
    if exc == "NameError":
        return f"{message[0].upper()}{message[1:]} at {where}{func}."
    if exc == "ModuleNotFoundError" and message.startswith("No module named "):
        line = analysis.crash.line.strip() if analysis.crash else ""
        return (f"`{line.split('#')[0].strip()}` at {where}{func} fails where the event was "
                f"captured ({message}), while the module imports here: the environment "
                "there lacks a package the code needs.")
    line = analysis.crash.line.strip() if analysis.crash else ""
    return f"{exc}: {message} at {where}{func} (`{line}`)."


def analyse(site: CrashSite, root: Path | None = None) -> Analysis:
    crash = site.crash
    analysis = Analysis(exc_type=site.exception.type.rsplit(".", 1)[-1],
                        message=site.exception.value, crash=crash,
                        root=root)
    if crash is None:
        analysis.cause = f"{analysis.exc_type}: {analysis.message} (no frame in the repository)."
        return analysis
    try:
        analysis.tree = ast.parse(crash.source)
    except SyntaxError:
        analysis.cause = f"{crash.path} does not parse; nothing can be analysed."
        return analysis
    analysis.values = _values(crash)
    analysis.function = enclosing_function(analysis.tree, crash.lineno)
    analysis.statement = enclosing_statement(analysis.tree, crash.lineno)
    analysis.culprit = _none_culprit(analysis)
    if analysis.function is not None:
        # A docstring that names the missing case is more specific than a type; where it
        # speaks of the crash's own absent case (a day without visits), only that counts.
        subjects = crash_subjects(analysis.exc_type, analysis.message, analysis.statement,
                                  analysis.culprit)
        analysis.return_default = answer_for(
            ast.get_docstring(analysis.function), subjects
        ) or predicate_answer(analysis.function, analysis.exc_type, analysis.message,
                              analysis.culprit) or default_for_annotation(analysis.function.returns)
    analysis.not_found = not_found_convention(
        crash.source, analysis.function.name if analysis.function else None
    )
    analysis.cause = _cause(analysis, site)
    return analysis
