"""A None that marks "has never happened" and so drops out of the ``max()`` it feeds.

::

    def next_eligible(donor: Donor, today: date) -> date:
        \"\"\"The first day the donor can book: twelve weeks after their last donation,
        and never earlier than today. A donor who has never given can book straight
        away.\"\"\"
        earliest = donor.last_donation + MIN_GAP
        return max(earliest, today)

raises TypeError for a new donor, whose ``last_donation`` is declared "None for a donor
who has not given yet". The earliest day is the larger of two terms, and one of them
does not exist for this donor: what is left is the other term, which the docstring
confirms ("can book straight away")::

    if donor.last_donation is None:
        return today

Returning None (the obvious guard) breaks every caller that reads a date, and refusing
turns away the very donor the docstring welcomes.

Backing, all required:

* the error is ``unsupported operand type(s) for +`` (or ``-``, the None on its left)
  with one NoneType side, raised by ``name = <operand> + <other>`` where the operand is
  a field of a captured object shown as None (``allowance - downloads`` takes the None
  away: dropping it is no bound left out);
* the very next statement is ``return max(a, b)`` of the builtin, with ``name`` as one
  of its two plain arguments and nowhere else; the other argument does not read it;
* the None's own declaration (the comment on the field of the captured object's class)
  gives None exactly one case, and that case is something that has not happened yet
  ("not given yet", "never", "no previous");
* one clause of the crashed function's docstring speaks of that case (shares a word with
  the declaration, besides the object's own name, and says "never", "not yet", "first"
  or "new") and says it can go ahead at once ("can book straight away", "immediately",
  "right away", "at once"), not negated ("cannot ... straight away"), with nothing after
  those words ("straight away for its first course, and its booster then falls a year
  later" is about another step); no other clause speaks of the case;
* no sentence of that docstring refuses or raises anything ("never earlier than today"
  is the floor, and "regular donors must wait twelve weeks" the gap, not refusals).

Review 23 beat the first version with 3 wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, next_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.candidates.none_declarations import (
    case_words,
    declaration_of,
    shared,
    words,
)
from bugstack.repair.contract_items import sentences

__all__ = ["AbsentTermOfMax"]

_MESSAGE = re.compile(r"^unsupported operand type\(s\) for ([+-]): '([\w.]+)' and '([\w.]+)'$")
_NOT_YET = re.compile(r"\bnot\s+(?:\w+\s+){0,2}yet\b|\bnever\b|\bno\s+(?:previous|earlier|prior)\b"
                      r"|\bnewly\b|\bfirst[- ]time\b", re.I)
_CASE_WORDS = re.compile(r"\bnever\b|\bnot\s+(?:\w+\s+){0,2}yet\b|\bfirst\b|\bnew\b"
                         r"|\bno\s+(?:previous|earlier|prior)\b", re.I)
_AT_ONCE = re.compile(r"\b(?:can|may|is\s+free\s+to|are\s+free\s+to)\s+(?:\w+\s+){0,3}?"
                      r"(?:straight\s+away|right\s+away|at\s+once|immediately"
                      r"|without\s+(?:any\s+)?wait(?:ing)?)\b", re.I)
# "Never earlier than today" is the floor of the max(), not a refusal: "never" is no
# refusal word here, unlike in contract_items.refusal_in.
_REFUSES = re.compile(r"\b(?:refus\w*|reject\w*|rais(?:e|es|ing)|fail\w*|errors?|invalid"
                      r"|must\s+not|required|cannot|can't|not\s+allowed|unknown)\b", re.I)
_NEGATED = re.compile(r"\b(?:cannot|not|no\s+longer|only)\b|n't\b|\bmust\s+wait\b", re.I)


def _max_of_two(statement: ast.stmt, name: str, tree: ast.Module) -> ast.expr | None:
    """The other argument of ``return max(name, other)`` (either order)."""
    if not (isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call)):
        return None
    call = statement.value
    if not (isinstance(call.func, ast.Name) and call.func.id == "max" and not call.keywords
            and len(call.args) == 2) or _shadowed(tree, "max"):
        return None
    named = [a for a in call.args if isinstance(a, ast.Name) and a.id == name]
    other = next((a for a in call.args if a not in named), None)
    if len(named) != 1 or other is None or isinstance(other, ast.Starred) \
            or any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(other)):
        return None
    return other


def _shadowed(tree: ast.Module, name: str) -> bool:
    assert hasattr(builtins, name)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) \
                and node.name == name:
            return True
        if isinstance(node, ast.alias) and (node.asname or node.name) == name:
            return True
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
            return True
    return False


def _goes_ahead(docstring: str, case: set[str], drop: set[str]) -> str | None:
    """The docstring's clause that lets the None case go ahead at once, when it is the
    only clause speaking of that case and says nothing after "straight away" (not "for
    its first course, and its booster then falls a year later")."""
    clauses = [c.strip() for s in sentences(docstring) for c in s.split(";") if c.strip()]
    backing = []
    for clause in clauses:
        found = _AT_ONCE.search(clause)
        if found is None or not _CASE_WORDS.search(clause[:found.start()]) \
                or re.search(r"[A-Za-z0-9]", clause[found.end():]):
            continue
        lead = re.split(r"[,:]", clause[:found.start()])[-1]
        if _NEGATED.search(lead + found.group(0)):
            continue
        if shared(case, words(clause, drop)) >= 1:
            backing.append(clause)
    if len(backing) != 1:
        return None
    # Another clause on the same case has its own answer ("a donor transferred from
    # another region waits the full twelve weeks": review 23).
    if any(c != backing[0] and shared(case, words(c, drop)) >= 1 for c in clauses):
        return None
    return backing[0]


class AbsentTermOfMax:
    name = "absent-term-of-max"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        matched = _MESSAGE.match(analysis.message)
        if analysis.exc_type != "TypeError" or matched is None or crash is None \
                or statement is None or function is None or analysis.tree is None \
                or isinstance(function, ast.Lambda) or "NoneType" not in matched.group(2, 3) \
                or matched.group(2) == matched.group(3):
            return
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and isinstance(statement.value, ast.BinOp)
                and isinstance(statement.value.op, ast.Add | ast.Sub)):
            return
        if isinstance(statement.value.op, ast.Sub) and matched.group(2) != "NoneType":
            return  # ``allowance - downloads``: the None taken away is no bound pushed on
        name = statement.targets[0].id
        binop = statement.value
        operand = binop.left if matched.group(2) == "NoneType" else binop.right
        field = operand if isinstance(operand, ast.Attribute) \
            and analysis.captured_none_field(operand) else None
        follower = next_statement(function, statement)
        if field is None or follower is None:
            return
        other = _max_of_two(follower, name, analysis.tree)
        if other is None:
            return
        assert isinstance(field.value, ast.Name)
        declared = declaration_of(analysis, field.attr, analysis.values.get(field.value.id, ""))
        if declared is None or not _NOT_YET.search(declared.clause):
            return
        docstring = ast.get_docstring(function) or ""
        if any(_REFUSES.search(s) for s in sentences(docstring)):
            return
        case, drop = case_words(field, declared)
        said = _goes_ahead(docstring, case, drop)
        if said is None:
            return
        value = ast.get_source_segment(crash.source, field) or ast.unparse(field)
        answer = ast.get_source_segment(crash.source, other) or ast.unparse(other)
        guard = [f"if {value} is None:", f"\treturn {answer}"]
        yield Candidate(
            strategy=self.name,
            description=f"A None `{value}` (it has not happened yet) now drops out of "
                        f"`max(...)`, which leaves `{answer}`, instead of raising TypeError.",
            edits={crash.path: insert_before_statement(crash.source, statement, guard)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f'the docstring says: "{said[:200]}"; `{field.attr}` is declared '
                     f'"{declared.clause[:120]}"',
        )
