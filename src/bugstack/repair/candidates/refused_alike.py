"""A missing key the documentation refuses "the way" another case is refused.

``total += court["floodlight_fee"]`` raises ``KeyError: 'floodlight_fee'`` for a court
without floodlights booked after dusk. The function's docstring settles the answer: "A
court without floodlights cannot be played on after dusk, so such a booking is refused the
way a taken slot is." The function already refuses a taken slot:

    if data.is_taken(court_id, start, hours):
        raise HTTPException(status_code=409, detail="that slot is already booked")

so the missing key is refused with the same raise, its message replaced by the sentence's
own words for the case:

    if "floodlight_fee" not in court:
        raise HTTPException(status_code=409, detail="A court without floodlights cannot be
        played on after dusk")

Pricing the hour without the fee would sell it at the daytime price; skipping it would give
the evening away. Backing, all required (the 27th adversarial review beat a looser first
version 7 times in 7): the crash reads a text key from a name or an attribute, on every path
through its statement; the first sentence of the function's docstring that refuses a case
"the way"/"like"/"as" another is, without a negation ("isn't refused", "rather than
refused"), names the key in its own case (each longer word of the key begins a word of it:
"floodlights" for ``floodlight_fee``); exactly one ``raise`` of the function sits under a
plain (not negated) test whose words, with the raise's message, hold every word of the other
case but those the two cases share ("taken": ``is_taken``; "a loan to a member with overdue
books" against "a reference book has no loan period": ``overdue``); the read runs under a
test that speaks of the case's condition when it names one ("after dusk": ``if hour >=
DUSK_HOUR``); and no call that changes state (``HELD.update(...)``) runs before it.
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

__all__ = ["RefusedAlike"]

_REFUSED_LIKE = re.compile(
    r"\b(?:refused|rejected|turned\s+away)\s+(?:exactly\s+)?"
    r"(?:the\s+(?:same\s+)?way\s+(?:as\s+)?|just\s+)?(?:as|like)?\s*"
    r"(?:an?|the)\s+(?P<other>[\w\s-]{3,40}?)\s+(?:is|are)\b", re.I)
#: "not refused", "isn't refused", "rather than refused", "instead of being rejected".
_NEGATED = re.compile(r"(?:\b(?:not|never|no\s+longer)|n't)\s+(?:be\s+|being\s+)?"
                      r"(?:refused|rejected|turned)\b|\b(?:rather\s+than|instead\s+of)\s+"
                      r"(?:being\s+)?(?:refused|rejected|turned)\b", re.I)
#: Calls that change state: a refusal after one of them leaves it changed.
_EFFECTS = re.compile(r"^(?:add|append|update|extend|insert|save|create|delete|remove|pop|"
                      r"discard|setdefault|write|commit|send|put|post|set\w*|hold|book\w*|"
                      r"reserve\w*|charge\w*|log\w*)$")
#: The word after a preposition of time or circumstance: "after dusk", "in winter".
_PREPOSITIONS = ("after", "before", "during", "when", "while", "until", "past", "between",
                 "outside", "in", "on", "at", "over", "under", "above", "below")
_CONDITION = re.compile(rf"\b(?:{'|'.join(_PREPOSITIONS)})\s+(?=(?:the\s+)?(\w+))", re.I)
#: Words of a key naming its unit or measure, which a sentence may leave out: the
#: ``loan_days`` of "a reference book has no loan period".
_MEASURES = {"days", "hours", "minutes", "seconds", "weeks", "months", "years", "count",
             "amount", "total", "rate", "price", "cost", "fees", "value", "number", "pence",
             "cents"}
_SMALL = {"that", "this", "with", "from", "such", "slot", "case", "item", "ones", "same"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _SMALL}


def _case_words(sentence: str, start: int) -> str:
    """The sentence's own words for the case before "so"/"and" and the refusal: "A court
    without floodlights cannot be played on after dusk"."""
    before = sentence[:start]
    clause = re.split(r",?\s+(?:so|and|which|therefore|thus)\s+", before)[0]
    return clause.strip(" ,;:") or sentence.strip()


def _text(value: str) -> str:
    """A string literal in the double quotes most code uses."""
    return f'"{value}"' if '"' not in value and "\\" not in value else repr(value)


def _raises_for(function: ast.AST, words: set[str]) -> list[ast.Raise]:
    """The raises under a test whose words, with the raise's message, hold every word of
    the other case ("taken slot": ``is_taken(...)``, "... already booked"). A negated test
    (``if not is_free(...)``) refuses the opposite of its words, so it matches nothing."""
    found: list[ast.Raise] = []
    for node in ast.walk(function):
        if not isinstance(node, ast.If) or isinstance(node.test, ast.UnaryOp):
            continue
        for statement in node.body:
            if isinstance(statement, ast.Raise) and statement.exc is not None and words and (
                    words <= _words(ast.unparse(node.test).replace("_", " "))
                    | _words(ast.unparse(statement.exc))):
                found.append(statement)
    return found


def _changes_before(function: ast.AST, statement: ast.stmt) -> bool:
    """Whether a call that changes state runs before ``statement`` (``HELD.update(...)``):
    the copied refusal ran before any such call, the new one would run after it."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and getattr(node, "lineno", 0) < statement.lineno \
                and _EFFECTS.match(node.func.attr):
            return True
    return False


def _within_the_case(function: ast.AST, statement: ast.stmt, case: str) -> bool:
    """Whether the statement runs only under the case's own condition, when the case names
    one ("after dusk": under ``if hour >= DUSK_HOUR``): a read made on every path would
    refuse the hours the sentence does not."""
    condition = {w.lower() for w in _CONDITION.findall(case)} - _SMALL - set(_PREPOSITIONS)
    if not condition:
        return True
    for node in ast.walk(function):
        if isinstance(node, ast.If | ast.While) and any(
                inner is statement for child in node.body for inner in ast.walk(child)):
            tested = _words(ast.unparse(node.test).replace("_", " "))
            if condition & tested:
                return True
    return False


def _short_circuited(statement: ast.stmt, read: ast.expr) -> bool:
    """Whether ``read`` runs only on some path through the statement (``a and m[k]``,
    ``m[k] if a else 0``, a comprehension): a guard in front of it would refuse the
    other paths too."""
    for node in ast.walk(statement):
        if isinstance(node, ast.BoolOp | ast.IfExp | ast.ListComp | ast.SetComp | ast.DictComp
                      | ast.GeneratorExp | ast.Lambda) \
                and any(inner is read for inner in ast.walk(node)):
            return True
    return False


class RefusedAlike:
    name = "refused-alike"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function, statement = analysis.crash, analysis.function, analysis.statement
        key = analysis.missing_text_key()
        if key is None or crash is None or function is None or statement is None:
            return
        reads = [n for n in ast.walk(statement) if isinstance(n, ast.Subscript)
                 and isinstance(n.slice, ast.Constant) and n.slice.value == key
                 and isinstance(n.value, ast.Name | ast.Attribute)]
        if len(reads) != 1 or _short_circuited(statement, reads[0]):
            return
        key_words = {w for w in key.lower().split("_") if len(w) > 3}
        for sentence in sentences(ast.get_docstring(function) or ""):
            refusal = _REFUSED_LIKE.search(sentence)
            if refusal is None:
                continue
            case = _case_words(sentence, refusal.start())
            said = set(re.findall(r"[a-z]+", case.lower()))
            named = key_words - _MEASURES or key_words
            if _NEGATED.search(sentence) or not named or not all(
                    any(w.startswith(k) for w in said) for k in named):
                return
            # Words the two cases share name what both refuse ("a loan"): the other case is
            # told by the rest ("to a member with overdue books").
            shared = {w.removesuffix("s") for w in _words(case)}
            other = {w for w in _words(refusal.group("other")) if w.removesuffix("s") not in shared}
            raises = _raises_for(function, other)
            if len(raises) != 1 or _changes_before(function, statement) \
                    or not _within_the_case(function, statement, case):
                return
            yield self._refusal(analysis, reads[0], raises[0], key, sentence, case)
            return

    def _refusal(self, analysis: Analysis, read: ast.Subscript, model: ast.Raise, key: str,
                 sentence: str, case: str) -> Candidate:
        crash, statement = analysis.crash, analysis.statement
        assert crash is not None and statement is not None and model.exc is not None
        exc = model.exc
        messages = [n for n in ast.walk(exc) if isinstance(n, ast.Constant)
                    and isinstance(n.value, str)]
        raised = ast.get_source_segment(crash.source, exc) or ast.unparse(exc)
        if messages:
            old = ast.get_source_segment(crash.source, messages[0]) or repr(messages[0].value)
            raised = raised.replace(old, _text(case), 1)
        mapping = ast.get_source_segment(crash.source, read.value) or ast.unparse(read.value)
        new = insert_before_statement(crash.source, statement,
                                      [f"if {_text(key)} not in {mapping}:", f"\traise {raised}"])
        return Candidate(
            strategy=self.name,
            description=f"When `{mapping}` has no {key!r}, the request is now refused the way "
                        "the function refuses the case its documentation names.",
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.85, contract=f'the docstring says: "{sentence[:200]}"',
        )
