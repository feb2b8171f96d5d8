"""A None compared as a bound, where the code documents None as "no bound".

``start < self.end`` raises "'<' not supported between instances of 'datetime.datetime'
and 'NoneType'" for a booking whose declaration says "None for an open-ended booking
(... until further notice): it takes the room from ``start`` on, with no end". A missing
end is then later than every moment, so the comparison is decided without it::

    return self.start < end and (self.end is None or start < self.end)

Skipping the booking (treating it as no overlap) would double-book the room; raising
would refuse what the data model allows. Handled only when all of this holds:

* the error is an ordering comparison (``<``, ``<=``, ``>``, ``>=``) with one NoneType
  operand, and exactly one comparison of the crashing statement has that operator with
  an operand the captured values show is None (a local, or a field of a captured object);
* the value's own documentation (the comments on its field's declaration in the class of
  the captured object, or the crashing function's docstring naming it) has exactly one
  sentence about None, and that sentence calls None unbounded (open-ended, no end, no
  limit, until further notice, never expires; or from the beginning, no start), refuses
  nothing (never, not, rejected, revoked, over) and gives None no other meaning (until
  a plan is picked, unknown, pending, marks, only, for a visitor's ...);
* the field's name says it is that kind of bound (``end``, ``until``, ``expires`` for no
  end; ``start``, ``since`` for no start).

The tenth adversarial review of 2026-11-27 beat the first version 6 times in 6: another
class's ``end`` comment, "never open-ended", "for a staff pass None means open-ended",
"the unlimited plan is stored as 10**9", "no start date" said of a deadline, "kept
indefinitely for the audit log".

The comparison then takes the value the infinite bound gives it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.candidates.field_declarations import owner_class
from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["UnboundedNone"]

_MESSAGE = re.compile(r"^'(<|<=|>|>=)' not supported between instances of '([\w.]+)' and "
                      r"'([\w.]+)'$")
_OPERATORS: dict[type[ast.cmpop], str] = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
                                          ast.GtE: ">="}
_NO_UPPER = re.compile(r"\bopen[- ]ended\b|\bno end\b|\bwithout an? end"
                       r"|\buntil further notice\b|\bno (?:upper )?limit\b|\bunlimited\b"
                       r"|\bnever expires?\b|\bno expiry\b", re.I)
# "Ready now", "can be booked straight away": the start has already come, whenever "now" is.
_NO_LOWER = re.compile(r"\bfrom the (?:very )?beginning\b|\bno start\b|\bno lower (?:limit|bound)"
                       r"|\bsince (?:forever|the beginning)\b"
                       r"|\b(?:ready|available|open|eligible|valid|usable)\s+(?:now|already"
                       r"|straight away|right away|at once|immediately)\b", re.I)
_REFUSED = re.compile(r"\b(?:reject\w*|refus\w*|raises?|invalid|errors?|not allowed|must not"
                      r"|never|not|no longer|cannot|can't|revok\w*|over|expired)\b", re.I)
# A None that marks something else than no bound: not yet known, pending, a plan to pick.
_OTHER_MEANING = re.compile(r"\buntil\b(?! further notice)|\bunknown\b|\byet\b|\bpending\b"
                            r"|\bstored as\b|\bmarks?\b|\bfor an? \w+'s\b|\bonly\b", re.I)
_NONE = re.compile(r"\bNone\b|\bnull\b")
_EXCEPTED = re.compile(r"\b(?:unless|except|but|other\s+than|apart\s+from)\b", re.I)
_UPPER_NAMES = {"end", "ends", "until", "expires", "expiry", "stop", "stops", "finish",
                "finishes", "to", "last", "limit", "max", "maximum", "closes", "ending"}
_LOWER_NAMES = {"start", "starts", "since", "begin", "begins", "from", "first", "min",
                "minimum", "opens", "starting"}


def _captured_none(expr: ast.expr, analysis: Analysis) -> str | None:
    """The field or local name of ``expr`` when the captured values show it is None."""
    if isinstance(expr, ast.Name):
        return expr.id if analysis.values.get(expr.id) == "None" else None
    return analysis.captured_none_field(expr)


def _own_comments(analysis: Analysis, owner: str, field: str) -> list[str]:
    """The comments on ``field``'s declaration in the class of the captured ``owner``
    (``Exam.end``, not ``Lease.end`` of the same module)."""
    cls = owner_class(analysis, owner)
    if cls is None:
        return []
    found: list[str] = []
    for _rel, text, tree in analysis.parsed_files(f"class {cls}"):
        lines = text.splitlines()
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == cls:
                found += [comments_above(lines, item.lineno) for item in node.body
                          if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                          and item.target.id == field]
    return found


def _absence_clauses(text: str, name: str) -> list[str]:
    """What the documentation says no ``name`` means, for documentation that never writes
    None: "Either end may be missing: no ``drink_from`` means ready now, no ...". The
    mention of the absence itself is left out ("no end" is the field, not its meaning),
    a mention alone takes the clause after it ("No ``available_from``: the bike is
    available straight away"), and a sentence with an exception ("unless ...") or a
    meaning going on after the words of its bound gives none."""
    absent = re.compile(rf"\b(?:no|without an?|a missing)\s+`*{re.escape(name)}`*(?![\w`])",
                        re.I)
    found = []
    for sentence in sentences(text):
        if _EXCEPTED.search(sentence):
            continue
        clauses = [c.strip() for c in re.split(r"[,;:]", sentence)]
        for index, clause in enumerate(clauses):
            mention = absent.search(clause)
            if mention is None:
                continue
            rest = (clause[:mention.start()] + " " + clause[mention.end():]).strip()
            if not re.search(r"[A-Za-z]", re.sub(r"^(?:means?|is|are)\b", "", rest).strip()) \
                    and index + 1 < len(clauses):
                rest = clauses[index + 1]
            bound = _NO_UPPER.search(rest) or _NO_LOWER.search(rest)
            if bound is not None and not re.search(r"[A-Za-z0-9]", rest[bound.end():]):
                found.append(rest)
    return found


def _unbounded(analysis: Analysis, operand: ast.expr, name: str) -> tuple[str, str] | None:
    """("upper"|"lower", the sentence) where the value's own documentation says None
    means it has no bound, and says nothing else of None."""
    if isinstance(operand, ast.Attribute) and isinstance(operand.value, ast.Name):
        texts = _own_comments(analysis, operand.value.id, name)
    elif analysis.function is not None:
        texts = [" ".join(s for s in sentences(ast.get_docstring(analysis.function) or "")
                          if re.search(rf"\b{re.escape(name)}\b", s))]
    else:
        return None
    said = [s for text in texts for s in sentences(text) if _NONE.search(s)] \
        or [c for text in texts for c in _absence_clauses(text, name)]
    if len(said) != 1 or _REFUSED.search(said[0]) or _OTHER_MEANING.search(said[0]):
        return None  # None explained twice, refused, or given a meaning of its own
    sentence = said[0]
    kinds = [kind for kind, words in (("upper", _NO_UPPER), ("lower", _NO_LOWER))
             if words.search(sentence)]
    # The field's own name must say which bound it is: an end is no start.
    role = {w for w in re.split(r"[^a-z]+", name.lower()) if w}
    if len(kinds) != 1 or not role & (_UPPER_NAMES if kinds[0] == "upper" else _LOWER_NAMES):
        return None
    return kinds[0], sentence


class UnboundedNone:
    name = "unbounded-none"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        matched = _MESSAGE.match(analysis.message)
        if analysis.exc_type != "TypeError" or crash is None or statement is None \
                or matched is None or "NoneType" not in matched.group(2, 3) \
                or matched.group(2) == matched.group(3):
            return
        symbol, none_left = matched.group(1), matched.group(2) == "NoneType"
        found = []
        for node in ast.walk(statement):
            if isinstance(node, ast.Compare) and len(node.ops) == 1 \
                    and _OPERATORS.get(type(node.ops[0])) == symbol:
                operand = node.left if none_left else node.comparators[0]
                name = _captured_none(operand, analysis)
                if name is not None:
                    found.append((node, operand, name))
        if len(found) != 1:
            return
        node, operand, name = found[0]
        said = _unbounded(analysis, operand, name)
        if said is None:
            return
        kind, sentence = said
        # With None above everything: x < None and None > x hold; the rest do not.
        holds = (symbol in ("<", "<=")) != none_left if kind == "upper" else \
            (symbol in (">", ">=")) != none_left
        value = ast.get_source_segment(crash.source, operand) or ast.unparse(operand)
        text = ast.get_source_segment(crash.source, node) or ast.unparse(node)
        new = f"({value} is None or {text})" if holds else f"({value} is not None and {text})"
        yield Candidate(
            strategy=self.name,
            description=f"A None `{value}` is now taken as no {kind} bound, so `{text}` is "
                        f"{holds} for it instead of raising TypeError.",
            edits={crash.path: replace_node(crash.source, node, new)},
            originals={crash.path: crash.source},
            plausibility=0.85, contract=f'the documentation of `{name}` says: "{sentence[:200]}"',
        )
