"""A quotient whose function documents its answer for the divisor's empty case.

::

    def percent(covered: int, statements: int) -> float:
        \"\"\"As coverage.py does, code with no statements at all counts as fully covered
        (100.0): there is nothing in it left untested.\"\"\"
        return round(100 * covered / statements, 1)

    def days_of_cover(item: Item) -> float:
        \"\"\"An item that did not sell in the window never runs out at that rate: its
        cover is ``math.inf``.\"\"\"
        daily_rate = item.sold_in_window / SALES_WINDOW_DAYS
        return item.on_hand / daily_rate

Both docstrings answer the case the division meets, with a value no type would suggest::

    if not statements:
        return 100.0

``return 0.0`` (the obvious guard) fails every empty package's coverage gate, and puts
every unsold item at the top of the reorder report.

Backing, all required: a ``ZeroDivisionError`` in a ``return`` of the function's own body
whose divisor is a name; a sentence of the function's docstring that speaks of an
absence ("no statements", "did not sell", "without", "nothing") in words of the divisor
(its name, or the names its value was computed from: ``sold_in_window``), refuses nothing,
and names one value: code-quoted (````math.inf````, ````100.0````) or a number in brackets
("(100.0)"), in a clause that does not negate it ("never shows it as (0.0)"), with no
other number beside it ("a gate of (80)"); the value suits the return annotation (a float
for ``-> float``), and a number above one needs the quotient scaled up to it (``100 *
covered / statements``), since a fraction's ``100`` is only how a table prints it. The
divisor's words are matched whole ("days" of ``sold_last_28_days`` is no "days of
cover"). Review 21 beat the first version four times in four traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.contract_items import sentences

__all__ = ["DocumentedZeroDivisorAnswer"]

_ABSENCE = re.compile(r"\b(?:no|none|nothing|without|empty|did\s+not|does\s+not|never|zero)\b",
                      re.I)
_REFUSED = re.compile(r"\b(?:rais\w*|refus\w*|reject\w*|errors?|invalid|must)\b", re.I)
_QUOTED = re.compile(r"``([^`]+)``|(?<![\w`])`([^`]+)`(?![\w`])")
_BRACKETED = re.compile(r"\((-?\d+(?:\.\d+)?)\)")


def _words(name: str) -> set[str]:
    return {part for part in re.split(r"[_\W]+", name.lower()) if len(part) >= 4}


def _divisor_words(function: ast.AST, divisor: str) -> set[str]:
    """The divisor's own words and those of the names its value was computed from."""
    found = _words(divisor)
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == divisor
                                                for t in node.targets):
            for part in ast.walk(node.value):
                if isinstance(part, ast.Name):
                    found |= _words(part.id)
                elif isinstance(part, ast.Attribute):
                    found |= _words(part.attr)
    return found


def _mentions(sentence: str, words: set[str]) -> bool:
    """Whole words only: "days" of ``sold_last_28_days`` says nothing of "days of cover"
    unless the sentence says "days" itself (review 21 matched four-letter stems)."""
    return any(re.search(rf"\b{re.escape(word)}(?:s|es)?\b", sentence, re.I)
               or re.search(rf"\b{re.escape(word.removesuffix('s'))}\b", sentence, re.I)
               for word in words)


def _negated_clause(sentence: str, value: str) -> bool:
    """The clause that names the value negates it ("the dashboard never shows it as
    (0.0)")."""
    at = sentence.find(value)
    clause = re.split(r"[,;:]", sentence[:at])[-1] if at >= 0 else sentence
    return re.search(r"\b(?:never|not|no\s+longer)\b|n't\b", clause, re.I) is not None


def _other_numbers(sentence: str, value: str) -> bool:
    """Numbers in the sentence besides the value: "a gate of (80)" beside "100.0"."""
    rest = sentence.replace(value, " ")
    return re.search(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", rest) is not None


def _unscaled_ratio(statement: ast.Return, value: str) -> bool:
    """A number above one for a quotient that is not scaled up to it: a fraction's
    ``100`` is how a table prints it, not what the function returns (review 21)."""
    try:
        number = float(ast.literal_eval(value))
    except (ValueError, SyntaxError, TypeError):
        return False
    if abs(number) <= 1:
        return False
    return not any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult)
                   and any(isinstance(side, ast.Constant) and isinstance(side.value, int | float)
                           and abs(side.value) >= abs(number) for side in (n.left, n.right))
                   for n in ast.walk(statement))


def _value(sentence: str) -> str | None:
    """The one value the sentence names; None for none or several."""
    values = {(m.group(1) or m.group(2)).strip() for m in _QUOTED.finditer(sentence)}
    values |= {m.group(1) for m in _BRACKETED.finditer(sentence)}
    parsed = set()
    for value in values:
        try:
            node = ast.parse(value, mode="eval").body
        except SyntaxError:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float) \
                and not isinstance(node.value, bool):
            parsed.add(value)
        elif ast.unparse(node) in ("math.inf", "-math.inf", "float('inf')", "float('-inf')",
                                   "None"):
            parsed.add(ast.unparse(node))
    return parsed.pop() if len(parsed) == 1 else None


def _suits(value: str, returns: ast.expr | None) -> bool:
    kind = ast.unparse(returns) if returns is not None else ""
    if value == "None":
        return "None" in kind or "Optional" in kind
    if "inf" in value or "." in value:
        return kind in ("float", "float | None", "Optional[float]")
    return kind in ("int", "float", "int | None", "float | None")


class DocumentedZeroDivisorAnswer:
    name = "documented-zero-divisor-answer"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ZeroDivisionError" or crash is None or tree is None \
                or function is None or not isinstance(statement, ast.Return) \
                or statement not in function.body:
            return
        divisors = {n.right.id for n in ast.walk(statement) if isinstance(n, ast.BinOp)
                    and isinstance(n.op, ast.Div | ast.FloorDiv | ast.Mod)
                    and isinstance(n.right, ast.Name)}
        if len(divisors) != 1:
            return
        divisor = divisors.pop()
        # The function's own name says what the answer is ("days" of `days_of_cover`), not
        # what the divisor counts.
        words = _divisor_words(function, divisor) - _words(function.name)
        docstring = ast.get_docstring(function) or ""
        answers: dict[str, str] = {}
        for sentence in sentences(docstring):
            if not _ABSENCE.search(sentence) or _REFUSED.search(sentence) \
                    or not _mentions(sentence, words):
                continue
            value = _value(sentence)
            if value is not None:
                answers.setdefault(value, sentence)
        if len(answers) != 1:
            return
        value, sentence = next(iter(answers.items()))
        if not _suits(value, function.returns) or _negated_clause(sentence, value) \
                or _other_numbers(sentence, value) or _unscaled_ratio(statement, value):
            return
        if value.startswith(("math.", "-math.")) and not any(
                isinstance(n, ast.Import) and any(a.name == "math" and a.asname is None
                                                  for a in n.names) for n in tree.body):
            value = "float('inf')" if not value.startswith("-") else "float('-inf')"
        new = insert_before_statement(crash.source, statement,
                                      [f"if not {divisor}:", f"\treturn {value}"])
        yield Candidate(
            strategy=self.name,
            description=f"When `{divisor}` is 0, `{function.name}` now returns {value}, as "
                        "its docstring says, instead of raising ZeroDivisionError.",
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.85,
            contract=f'the docstring of `{function.name}` says: "{sentence[:160]}"',
        )
