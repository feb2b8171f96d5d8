"""Fields of an answer read from an object that is None, where the docstring says those
fields are null in that case.

``quote = job.quotes.order_by("-created_at").first()`` is None for a job the mechanic
has not priced, and the view's dict reads ``"quote_total": str(quote.total)`` and
``"quote_accepted": quote.accepted``. The docstring says what they are then: "``quote_
total`` ... and ``quote_accepted`` ...; both are null while the mechanic has not priced
the job yet". Each of those fields becomes ``... if quote is not None else None``; the
rest of the answer (the job, its bike, its status) is given as before. The obvious
guards are wrong: "0.00" says the repair is free, ``False`` says a quote was turned
down, a 404 hides a job that exists.

Backing, all of it required:

* the crash reads an attribute of a plain variable that is None, and every read of it in
  the crashed statement is inside the value of a text key of one dict literal;
* one sentence of the function's docstring names every one of those keys, says null (or
  None) and an empty case ("not ... yet", "no", "without", "until"), and neither raises,
  refuses nor answers with a number;
* no other sentence names one of the keys or the variable ("the page shows the team's
  owner instead" beside "null in the CSV export"), and the sentence names no other key of
  the dict (its null may be that key's: "``author`` and ``author_url`` are kept when the
  ``parent`` is null"; or a field reading the None another way, ``order.eta_minutes()``,
  would be left as it was). The sixteenth adversarial review beat the first version 3
  times in 4 traps.

A field of an object can be the None too: ``"speaker": {"name": slot.speaker.name, ...}``
for a break, whose ``slot.speaker`` is declared ``Speaker | None`` ("None for coffee,
lunch and every other slot nobody presents"). The key of the same name then becomes
``None if slot.speaker is None else {...}``, where the field's declaration gives None one
case without refusing it (``none_declarations``) and a docstring of the function or of a
caller says that key is null ("``{"name", "affiliation"}`` of whoever presents it, or
null for coffee, lunch ..."), with none giving it another answer (blind batch 35, where
the return type's ``{}`` was a wrong fix: ``none_guard`` no longer takes that backing
for one field of a returned dict of several fields).

Otherwise a field of an object the captured values show None (``walk.walker`` of
``Walk(..., walker=None)``), read by several keys (``"walker": walk.walker.name,
"walker_phone": walk.walker.phone``), is held to the first shape's rule: one sentence of
the docstring names every one of those keys, says null and an empty case ("Walks nobody
has been given yet stay on the sheet with walker and walker_phone null").
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.candidates.none_declarations import declaration_of
from bugstack.repair.contract_items import whole_sentences

__all__ = ["NullFieldsOfNone"]

_NULL = re.compile(r"\b(?:None|null)\b")
_EMPTY_CASE = re.compile(r"\b(?:no|none\s+yet|not\b[^.]*\byet|yet|never|without|until|"
                         r"has\s+not|have\s+not|hasn't|haven't|before\s+any)\b", re.I)
_OTHER_ANSWER = re.compile(r"\b(?:rais\w*|refus\w*|reject\w*|404|400|error)\b"
                           r"|\b(?:is|are|as|be)\s+(?:0|zero|false|empty)\b"
                           r"|\b(?:never|not)\s+(?:be\s+)?null\b", re.I)


def _names(sentence: str, key: str) -> bool:
    return re.search(rf"(?<![\w-])`*{re.escape(key)}`*(?![\w-])", sentence) is not None


def _reads(node: ast.AST, culprit: str) -> bool:
    return isinstance(node, ast.Name | ast.Attribute) and ast.unparse(node) == culprit


def _fields_reading(statement: ast.stmt, culprit: str
                    ) -> tuple[list[tuple[str, ast.expr]], set[str]] | None:
    """(key, value) of the dict entries whose value reads the culprit, when every read of
    it in the statement is inside one of them, in one dict; and every text key of it."""
    reads = [n for n in ast.walk(statement) if _reads(n, culprit)]
    for node in ast.walk(statement):
        if not isinstance(node, ast.Dict):
            continue
        entries = [(key.value, value) for key, value in zip(node.keys, node.values, strict=True)
                   if isinstance(key, ast.Constant) and isinstance(key.value, str)
                   and any(_reads(n, culprit) for n in ast.walk(value))]
        covered = {id(n) for _, value in entries for n in ast.walk(value)}
        if entries and all(id(read) in covered for read in reads):
            return entries, {k.value for k in node.keys if isinstance(k, ast.Constant)
                             and isinstance(k.value, str)}
    return None


def _same_named_field(analysis: Analysis, culprit: str, entries: list[tuple[str, ast.expr]],
                      every_key: set[str]) -> Iterator[Candidate]:
    """``"speaker": {"name": slot.speaker.name, ...}`` for a ``slot.speaker`` declared
    ``Speaker | None`` ("None for coffee, lunch and other slots nobody presents"): the key
    of the same name is null. The docstrings read are the function's and its callers' in
    the same module (another module's function of that name is another path); every
    sentence naming the key there says null, none names another key of the dict, and one
    speaks of the declaration's own case (two words shared: "coffee, lunch"), not another
    ("until load_speakers fetches it"). The eighteenth adversarial review beat a looser
    version 6 times in 6 traps."""
    crash, function = analysis.crash, analysis.function
    assert crash is not None and function is not None
    obj, _, attr = culprit.rpartition(".")
    if len(entries) != 1 or entries[0][0] != attr or not obj:
        return
    declared = declaration_of(analysis, attr, analysis.values.get(obj, ""))
    if declared is None:
        return
    told = [s for text in [ast.get_docstring(function) or "", *_callers_docstrings(analysis)]
            for s in whole_sentences(text) if _names(s, attr)]
    drop = {attr, *obj.split(".")}
    case = {w for w in re.findall(r"[a-z]{4,}", declared.clause.lower()) if w not in drop}
    nulls = [s for s in told if _NULL.search(s) and _shared(
        case, set(re.findall(r"[a-z]{4,}", s.lower())) - drop) >= 2]
    if not nulls or any(not _NULL.search(s) or _OTHER_ANSWER.search(s) for s in told) \
            or any(_shares_the_null(s, attr, every_key - {attr}) for s in told):
        return
    key, value = entries[0]
    old = ast.get_source_segment(crash.source, value) or ast.unparse(value)
    yield Candidate(
        strategy="null-fields-of-none",
        description=f"When `{culprit}` is None, `{key}` is now null instead of the whole "
                    "answer failing; the rest of it is unchanged.",
        edits={crash.path: replace_nodes(crash.source, [
            (value, f"None if {culprit} is None else {old}")])},
        originals={crash.path: crash.source}, plausibility=0.85,
        contract=f"`{attr}` is declared with a None case (\"{declared.clause[:120]}\"), and "
                 f"the docstring says the field is then null: \"{nulls[0][:160]}\"",
    )


def _shares_the_null(sentence: str, key: str, others: set[str]) -> bool:
    """Another key of the dict is null with it: named after it (up to the null and
    beyond), or the null is plural ("are null", "both null"). Keys listed before it
    ("start, end, room, title and speaker: ..., or null for a break") are a listing."""
    at = re.search(rf"(?<![\w-])`*{re.escape(key)}`*(?![\w-])", sentence)
    null = _NULL.search(sentence)
    if at is None or null is None:
        return False
    after = sentence[at.end():]
    plural = re.search(r"\b(?:are|both|all|each|they|them)\s+(?:\w+\s+)?$",
                       sentence[:null.start()], re.I)
    return plural is not None or any(_names(after, other) for other in others)


def _shared(first: set[str], second: set[str]) -> int:
    return sum(1 for a in first if any(a[:5] == b[:5] for b in second))


def _callers_docstrings(analysis: Analysis) -> list[str]:
    """The docstrings of the functions of the crashed module that call it by name."""
    function, tree = analysis.function, analysis.tree
    assert function is not None and tree is not None
    return [ast.get_docstring(node) or "" for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node is not function and any(
                isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == function.name for call in ast.walk(node))]


class NullFieldsOfNone:
    name = "null-fields-of-none"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        culprit = analysis.culprit
        if analysis.exc_type not in ("AttributeError", "TypeError") \
                or "NoneType" not in analysis.message or crash is None or statement is None \
                or function is None or statement is function or culprit is None:
            return
        found = _fields_reading(statement, culprit)
        if found is None:
            return
        if not culprit.isidentifier():
            same = list(_same_named_field(analysis, culprit, *found))
            obj, _, attr = culprit.rpartition(".")
            if same or not re.search(rf"\b{re.escape(attr)}=None\b",
                                     analysis.values.get(obj, "")):
                yield from same
                return
            # ``walk.walker`` shown None, read by several keys: the sentence naming them
            # all decides, as for a plain variable, where the docstring gives no other
            # answer anywhere (a constant, a quoted text: "printed as "Unassigned", with
            # OFFICE_PHONE", "the agency's name and duty line (AGENCY)": review 25).
            told_all = ast.get_docstring(function) or ""
            constants = {t.id for n in (analysis.tree.body if analysis.tree else [])
                         if isinstance(n, ast.Assign) for t in n.targets
                         if isinstance(t, ast.Name) and t.id.isupper()}
            if any(re.search(rf"\b{c}\b", told_all) for c in constants) \
                    or re.search(r"[\"“][^\"”]+[\"”]", told_all):
                return
        entries, every_key = found
        keys = [key for key, _ in entries]
        told = whole_sentences(ast.get_docstring(function) or "")
        backing = [s for s in told if all(_names(s, k) for k in keys)
                   and _NULL.search(s) and _EMPTY_CASE.search(s)]
        if len(backing) != 1 or _OTHER_ANSWER.search(backing[0]):
            return
        if any(_names(s, k) for s in told if s != backing[0] for k in [*keys, culprit]):
            return  # another sentence speaks of the value: its word may be another answer
        if any(_names(backing[0], k) for k in every_key - set(keys)):
            return  # the sentence's null may be another field's
        replacements: list[tuple[ast.AST, str]] = []
        for _, value in entries:
            old = ast.get_source_segment(crash.source, value) or ast.unparse(value)
            if isinstance(value, ast.IfExp | ast.Lambda | ast.NamedExpr):
                old = f"({old})"
            replacements.append((value, f"{old} if {culprit} is not None else None"))
        shown = ", ".join(f"`{k}`" for k in keys)
        said = backing[0] if len(backing[0]) <= 200 else \
            backing[0][:200].rsplit(" ", 1)[0] + " …"
        yield Candidate(
            strategy=self.name,
            description=f"When `{culprit}` is None, {shown} "
                        f"{'is' if len(keys) == 1 else 'are'} now null instead of the whole "
                        "answer failing; the rest of it is unchanged.",
            edits={crash.path: replace_nodes(crash.source, replacements)},
            originals={crash.path: crash.source}, plausibility=0.9,
            contract=f"the docstring says what they are then: \"{said}\"",
        )
