"""A setting read from the environment is text: convert it where it is read.

``Policy(max_attempts=os.environ.get("JOBS_MAX_ATTEMPTS", 3))`` holds the int ``3`` in
tests and the string ``"5"`` in production, and the TypeError comes later, wherever the
value is used (``attempt >= policy.max_attempts``). Converting at that use would fix one
comparison and leave every other reader of ``max_attempts`` holding a string, so the fix
goes where the value enters: ``int(os.environ.get("JOBS_MAX_ATTEMPTS", 3))``.

The conversion is the type of the fallback (an int fallback means an int setting). Only
reads whose destination the crashed statement uses are changed (the keyword, attribute
or variable name must appear there), and the candidate is backed by the code's contract
when the destination is annotated with that type or a sibling read already converts,
unless the app says the text is written otherwise than a plain number of that type ("a
whole number: 15 takes 15 % off", "from 0 to 1: 0.05", "written with a unit") or reads
its other settings through a reader of its own (``parse_duration(os.environ...)``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["SettingTypes"]

_CONVERSIONS = {"int", "float", "Decimal", "bool"}
_TEXT_MET_NUMBER = re.compile(r"'str'|\bstr\b")


@dataclass(frozen=True, slots=True)
class _Read:
    call: ast.Call
    #: ``int`` or ``float``: what the fallback says the setting holds.
    kind: str
    #: The keyword, attribute or variable the value is stored as, if any.
    destination: str | None
    #: The call whose keyword the read is (a dataclass or class being built).
    owner: str | None


def _is_environment_read(call: ast.Call) -> bool:
    func = ast.unparse(call.func)
    return func in ("os.environ.get", "environ.get", "os.getenv", "getenv")


def _numeric_fallback(call: ast.Call) -> str | None:
    fallback = call.args[1] if len(call.args) > 1 else next(
        (k.value for k in call.keywords if k.arg == "default"), None)
    if not isinstance(fallback, ast.Constant) or isinstance(fallback.value, bool):
        return None
    if isinstance(fallback.value, int):
        return "int"
    if isinstance(fallback.value, float):
        return "float"
    return None


def _reads(tree: ast.Module) -> tuple[list[_Read], int]:
    """Unconverted numeric reads with where they go, and how many reads are converted."""
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    found: list[_Read] = []
    converted = 0
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_environment_read(node)):
            continue
        parent = parents.get(node)
        if (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)
                and parent.func.id in _CONVERSIONS):
            converted += 1
            continue
        kind = _numeric_fallback(node)
        if kind is None:
            continue
        destination: str | None = None
        owner: str | None = None
        if isinstance(parent, ast.keyword) and parent.arg:
            destination = parent.arg
            call = parents.get(parent)
            if isinstance(call, ast.Call):
                owner = ast.unparse(call.func)
        elif isinstance(parent, ast.Assign | ast.AnnAssign):
            target = parent.targets[0] if isinstance(parent, ast.Assign) else parent.target
            if isinstance(target, ast.Name | ast.Attribute):
                destination = target.id if isinstance(target, ast.Name) else target.attr
        found.append(_Read(node, kind, destination, owner))
    return found, converted


def _annotated_type(tree: ast.Module, owner: str | None, field: str) -> str | None:
    """The annotation of ``field`` in the module's class ``owner`` (a dataclass, say)."""
    if owner is None:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == owner.rsplit(".", 1)[-1]:
            for item in node.body:
                if (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                        and item.target.id == field):
                    return ast.unparse(item.annotation)
    return None


def _names_used(statement: ast.stmt) -> set[str]:
    used: set[str] = set()
    for node in ast.walk(statement):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
    return used


# Words saying the setting's text is not a plain number of the fallback's type: a share
# written as a percentage, a unit after the number, a range the number falls in.
_SCALED = re.compile(r"%|\bpercent|\bper\s+cent|\bwhole\s+numbers?\b|\bfrom\s+0\s+to\s+1\b"
                     r"|\bbetween\s+0\s+and\s+1\b|\bunits?\b|\bwritten\s+(?:with|as|in)\b", re.I)


def _said_of(source: str, tree: ast.Module, call: ast.Call) -> tuple[str, str]:
    """The words on a read: (its function's and its module's docstrings, the comment
    block above its line and on it)."""
    lines = source.splitlines()
    docstrings = [ast.get_docstring(tree) or ""]
    docstrings += [ast.get_docstring(f) or "" for f in ast.walk(tree)
                   if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                   and f.lineno <= call.lineno <= (f.end_lineno or f.lineno)]
    comments: list[str] = []
    index = call.lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        comments.append(lines[index].strip().lstrip("#:"))
        index -= 1
    if "#" in lines[call.lineno - 1]:
        comments.append(lines[call.lineno - 1].split("#", 1)[1])
    return "\n".join(docstrings), "\n".join(comments)


def _scaled_or_own_reader(source: str, tree: ast.Module, read: _Read) -> bool:
    """Whether the app says the setting is written otherwise than a plain number of the
    fallback's type ("SALE_DISCOUNT=15 takes 15 % off", "from 0 to 1: 0.05"), or reads
    its other settings through a reader of its own (``parse_duration(os.environ...)``):
    a bare ``int()`` or ``float()`` then guesses."""
    docstrings, comments = _said_of(source, tree, read.call)
    if _SCALED.search(docstrings) or _SCALED.search(comments):
        return True
    # A fraction in the read's own comment ("0.05 traces one in twenty") is no int; one in
    # a docstring may be another setting's default ("the defaults (3, 2.0)").
    if read.kind == "int" and re.search(r"(?<![\w.])\d*\.\d+\b", comments):
        return True
    return any(isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Call)
               and _is_environment_read(node.args[0])
               and ast.unparse(node.func) not in _CONVERSIONS for node in ast.walk(tree))


class SettingTypes:
    name = "setting-types"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        statement = analysis.statement
        if (analysis.exc_type != "TypeError" or statement is None
                or not _TEXT_MET_NUMBER.search(analysis.message)):
            return
        used = _names_used(statement)
        seen: set[str] = set()
        for frame in reversed(site.frames):
            if frame.path in seen:
                continue
            seen.add(frame.path)
            try:
                tree = ast.parse(frame.source)
            except SyntaxError:
                continue
            reads, converted = _reads(tree)
            for read in reads:
                if read.destination is None or read.destination not in used:
                    continue
                candidate = self._candidate(frame.path, frame.source, tree, read, converted)
                if candidate is not None:
                    yield candidate

    def _candidate(self, path: str, source: str, tree: ast.Module, read: _Read,
                   converted: int) -> Candidate | None:
        annotation = _annotated_type(tree, read.owner, read.destination or "")
        if annotation is not None and annotation != read.kind:
            # The field's annotation outranks the fallback's literal: ``share: float``
            # with a fallback of ``1`` holds "0.25", which int() refuses.
            if annotation not in ("int", "float"):
                return None
            read = _Read(read.call, annotation, read.destination, read.owner)
        segment = ast.get_source_segment(source, read.call) or ast.unparse(read.call)
        new = replace_node(source, read.call, f"{read.kind}({segment})")
        contract = None
        if _scaled_or_own_reader(source, tree, read):
            contract = None
        elif annotation == read.kind:
            contract = (f"`{read.owner}.{read.destination}` is annotated `{annotation}`; the "
                        "environment holds text")
        elif converted:
            contract = "the module's other settings read from the environment are converted"
        key = ast.unparse(read.call.args[0]) if read.call.args else "the variable"
        said_by = "annotation" if annotation == read.kind else "fallback's type"
        return Candidate(
            strategy=self.name,
            description=(f"`{read.destination}` is read from the environment ({key}) as text "
                         f"when the variable is set; it is now converted with `{read.kind}()` "
                         f"where it is read, as its {said_by} says."),
            edits={path: new}, originals={path: source},
            plausibility=0.9 if contract else 0.6,
            contract=contract,
        )
