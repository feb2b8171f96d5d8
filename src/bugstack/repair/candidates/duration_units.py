"""A plain number added to a datetime where the code says it is a duration of one unit.

``now + session_lifetime(remember)`` raises "unsupported operand type(s) for +:
'datetime.datetime' and 'int'" when ``session_lifetime`` (annotated ``-> timedelta``)
returns ``REMEMBER_ME_DAYS``, a bare ``30``. The number becomes the duration its own
documentation gives it, ``timedelta(days=REMEMBER_ME_DAYS)``, where the number is
returned, so every caller gets the declared type. ``timedelta(seconds=...)`` (the
obvious guess) would end the session half a minute later.

The unit is read from the constant itself and nothing else: its name (``_DAYS``,
``TIMEOUT_SECONDS``), the comment above or beside it, and the sentences of the returning
function's docstring that name it. They must agree on exactly one unit, said as a plural
("this many days", ``_SECONDS``: the singular in ``SAME_DAY_CUTOFF`` or
``SECOND_REMINDER`` is no unit); two units, or none, back nothing, and so do words saying
the number is not a plain count of it: a moment ("Unix time", "since 1970"), an hour of
the day ("14 is 2 pm"), or days that skip some ("working days", "nights"). The sixth
adversarial review of 2026-11-26 made wrong fixes of all four.

The number is reached in one of two ways, and only these:

* a call of a repository function annotated ``-> timedelta`` whose ``return`` gives a
  module constant holding a number (each such ``return`` is wrapped, and each constant
  needs its own unit);
* a module constant holding a number, written as the operand itself.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_nodes

__all__ = ["DurationUnits", "documented_unit"]

_UNSUPPORTED = re.compile(
    r"unsupported operand type\(s\) for (?P<op>[+-]): '(?P<left>[\w.]+)' and '(?P<right>[\w.]+)'")
_MOMENTS = {"datetime.datetime", "datetime.date", "datetime", "date"}
_NUMBERS = {"int", "float"}
# timedelta's keyword for each way of writing a unit.
_UNITS = {"week": "weeks", "weeks": "weeks", "day": "days", "days": "days",
          "hour": "hours", "hours": "hours", "hrs": "hours", "minute": "minutes",
          "minutes": "minutes", "mins": "minutes", "second": "seconds", "seconds": "seconds",
          "secs": "seconds", "millisecond": "milliseconds", "milliseconds": "milliseconds",
          "ms": "milliseconds", "microsecond": "microseconds", "microseconds": "microseconds"}
_UNIT_WORD = re.compile(r"\b(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b", re.I)
_TIMEDELTA = {"timedelta", "datetime.timedelta"}
_PLURAL = {"weeks", "days", "hours", "hrs", "minutes", "mins", "seconds", "secs",
           "milliseconds", "ms", "microseconds"}
# Words saying the number is not a count of calendar time: a moment (Unix time), a time of
# day ("14 is 2 pm"), or days that skip some (working days, nights).
_NOT_A_PLAIN_COUNT = re.compile(
    r"\b(?:since|epoch|unix|timestamps?|o'clock|[ap]\.?m\.?|noon|midnight|hour\s+of\s+the\s+day"
    r"|working|business|week\s*days|nights?|calendar|school|bank\s+holidays?)\b", re.I)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _numeric_constants(tree: ast.Module) -> dict[str, ast.stmt]:
    """Module-level names bound once to a number literal: name -> its assignment."""
    found: dict[str, ast.stmt] = {}
    seen: set[str] = set()
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        if not isinstance(target, ast.Name):
            continue
        value = getattr(node, "value", None)
        if target.id in seen:
            found.pop(target.id, None)  # rebound: which value it holds is not read here
        seen.add(target.id)
        if isinstance(value, ast.Constant) and type(value.value) in (int, float):
            found[target.id] = node
    return found


def _comments(lines: list[str], node: ast.stmt) -> str:
    """The comment block right above ``node`` and the comment on its own line."""
    words: list[str] = []
    index = node.lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        words.insert(0, lines[index].strip().lstrip("#:").strip())
        index -= 1
    line = lines[node.lineno - 1]
    if "#" in line:
        words.append(line.split("#", 1)[1].lstrip(":").strip())
    return " ".join(words)


def documented_unit(name: str, assignment: ast.stmt, source: str,
                    docstrings: list[str]) -> tuple[str, str] | None:
    """(timedelta keyword, where it is said) when the constant's name, its comment and the
    docstring sentences naming it agree on one unit; None when they are silent or differ,
    or when they say the number is not a plain count of that unit (a moment, an hour of
    the day, working days)."""
    found: dict[str, str] = {}
    # Only a plural counts ("this many days", REMEMBER_ME_DAYS): "the same day" in
    # SAME_DAY_CUTOFF and "second" in SECOND_REMINDER count no unit.
    for token in name.lower().split("_"):
        if token in _UNITS and token in _PLURAL:
            found.setdefault(_UNITS[token], f"its name `{name}`")
    comment = _comments(source.splitlines(), assignment)
    said = [comment]
    for word in _UNIT_WORD.findall(comment):
        if word.lower() in _PLURAL:
            found.setdefault(_UNITS[word.lower()], f"its comment: \"{comment[:140]}\"")
    for text in docstrings:
        for sentence in re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", text)):
            if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", sentence):
                said.append(sentence)
                for word in _UNIT_WORD.findall(sentence):
                    if word.lower() in _PLURAL:
                        found.setdefault(_UNITS[word.lower()],
                                         f"the docstring: \"{sentence[:140]}\"")
    if len(found) != 1 or any(_NOT_A_PLAIN_COUNT.search(text) for text in said):
        return None
    ((unit, where),) = found.items()
    return unit, where


def _timedelta_name(tree: ast.Module) -> tuple[str, str | None]:
    """How the module writes timedelta, and the import to add when it does not yet."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "datetime" and node.level == 0:
            for alias in node.names:
                if alias.name == "timedelta":
                    return alias.asname or "timedelta", None
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "datetime":
                    return f"{alias.asname or 'datetime'}.timedelta", None
    return "timedelta", "from datetime import timedelta"


def _wrap(source: str, tree: ast.Module, nodes: list[tuple[ast.expr, str]]) -> str:
    name, missing = _timedelta_name(tree)
    edited = replace_nodes(source, [(node, f"{name}({unit}={ast.unparse(node)})")
                                    for node, unit in nodes])
    return insert_import(edited, missing) if missing else edited


class DurationUnits:
    name = "duration-units"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        match = _UNSUPPORTED.search(analysis.message)
        if analysis.exc_type != "TypeError" or match is None or crash is None \
                or statement is None or tree is None:
            return
        left, right = match.group("left"), match.group("right")
        if left in _MOMENTS and right in _NUMBERS:
            side = "right"
        elif left in _NUMBERS and right in _MOMENTS and match.group("op") == "+":
            side = "left"
        else:
            return
        op = ast.Add if match.group("op") == "+" else ast.Sub
        operands = [getattr(n, side) for n in ast.walk(statement)
                    if isinstance(n, ast.BinOp) and isinstance(n.op, op)]
        for operand in operands:
            if isinstance(operand, ast.Name):
                yield from self._constant(analysis, crash.path, crash.source, tree, operand)
            elif isinstance(operand, ast.Call) and isinstance(operand.func, ast.Name):
                yield from self._returned(analysis, crash.path, tree, operand.func.id)

    def _constant(self, analysis: Analysis, path: str, source: str, tree: ast.Module,
                  operand: ast.Name) -> Iterator[Candidate]:
        constants = _numeric_constants(tree)
        if operand.id not in constants or (analysis.function is not None and any(
                isinstance(n, ast.Name) and n.id == operand.id and isinstance(n.ctx, ast.Store)
                for n in ast.walk(analysis.function))):
            return  # not the module's constant (or a local of the same name)
        docstrings = [d for d in (ast.get_docstring(analysis.function)
                                  if analysis.function else None, ast.get_docstring(tree)) if d]
        unit = documented_unit(operand.id, constants[operand.id], source, docstrings)
        if unit is None:
            return
        yield Candidate(
            strategy=self.name,
            description=f"`{operand.id}` is a number of {unit[0]}; it is added as "
                        f"`timedelta({unit[0]}={operand.id})`.",
            edits={path: _wrap(source, tree, [(operand, unit[0])])},
            originals={path: source}, plausibility=0.85,
            contract=f"`{operand.id}` counts {unit[0]}: {unit[1]}",
        )

    def _returned(self, analysis: Analysis, crash_path: str, crash_tree: ast.Module,
                  callee: str) -> Iterator[Candidate]:
        local = [n for n in crash_tree.body if isinstance(n, FunctionNode) and n.name == callee]
        if local:
            found = [(crash_path, local[0])]
        else:
            found = analysis.definitions(callee)
            if len({rel for rel, _ in found}) != 1 or len(found) != 1:
                return  # none, or several functions of that name: which one is a guess
        path, function = found[0]
        if function.returns is None or ast.unparse(function.returns) not in _TIMEDELTA:
            return
        source = analysis.read(path)
        if source is None:
            return
        module = ast.parse(source)
        constants = _numeric_constants(module)
        docstrings = [d for d in (ast.get_docstring(function),) if d]
        wrapped: list[tuple[ast.expr, str]] = []
        said: list[str] = []
        for node in ast.walk(function):
            if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Name)
                    and node.value.id in constants):
                continue
            unit = documented_unit(node.value.id, constants[node.value.id], source, docstrings)
            if unit is None:
                return  # a returned number whose unit nothing says: no part of it is backed
            wrapped.append((node.value, unit[0]))
            said.append(f"`{node.value.id}` counts {unit[0]}: {unit[1]}")
        if not wrapped:
            return
        yield Candidate(
            strategy=self.name,
            description=f"`{function.name}` is declared to return a timedelta but returned "
                        + ", ".join(f"`{n.id}`" for n, _ in wrapped if isinstance(n, ast.Name))
                        + ", a bare number; it now returns that number as a duration in "
                        + " and ".join(sorted({u for _, u in wrapped})) + ".",
            edits={path: _wrap(source, module, wrapped)},
            originals={path: source}, plausibility=0.85,
            contract=f"`{function.name}` is annotated `-> {ast.unparse(function.returns)}`; "
                     + "; ".join(said),
        )
