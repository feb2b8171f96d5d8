"""A fix backed only by a generic reading gives way where the app's own words speak of
the case.

Some templates take their backing from something that is true of every app of its kind:
a type annotation (``-> list[str]`` backs ``return []``, ``avatar: Avatar | None`` backs
None flowing on, ``hours: Decimal`` backs a conversion) or an error guide that covers the
error. That reading is right while the app says nothing more. Where the app does speak of
the case, in a docstring, a comment or a field's declaration ("None when the shard is
down: tell them to try again", "a key older than allowlists may only be used from the
office", "amounts are text in pence"), its words decide, and a template that does not read
them guesses: the candidate keeps its place among the others but loses its backing, so it
can end only ``unverified`` unless a candidate that reads those words holds.

"Speaks of the case" is read broadly, because a wrong fix is worse than a declined one: a
sentence saying None or null (when the crash is about a None), or one naming the value (a
word of the name that was None, of the missing key, of the edited function) together with
words of absence or of units (no, without, missing, empty, unknown, until, down, pence,
percent ...). Such a sentence agrees with an empty answer (None, ``[]``, ``""``) unless it
gives the case an answer of its own (retry, raise, inherit, the standard one, the
previous one, only, never ...; "every" and "all" only in a sentence naming the value):
"accounts created by invitation have no avatar yet" leaves ``avatar.url if avatar is not
None else None`` backed. Two more readings: a None answered where the crash was not about
a None (an empty list indexed) gives way to any sentence saying what None marks, and an
edited function whose docstring names a module-level value it never reads ("above the
last threshold it is the board, every member of ``BOARD``") has a case the generic answer
guesses past; and an edited function declared ``-> float | None`` whose docstring says
when it gives None ("None for a member who has not had a rehearsal yet") has named its
answer for a case the generic one (a guide's ``0.0``) may be. The fifth adversarial review
of 2026-11-26 found 13 wrong fixes in 13 traps backed by annotations or guides. The words
read include the docstrings of the crashing function's callers: what it gives is what
they act on ("while the roster service is down ... the whole FLOOR is paged" in ``page``
decides what ``on_call`` gives for a team with unknown members; ninth adversarial review).
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.field_declarations import owner_class
from bugstack.repair.contract_items import sentences
from bugstack.repair.unread_names import module_names, unread_names

__all__ = ["generically_backed", "need_the_apps_words", "respect_the_apps_words"]

# Contracts that rest on an annotation or a guide, not on the app's words (those quote the
# words, or say "documented" / "docstring").
_GENERIC = re.compile(r"return type|annotated|annotation|is declared `|declares `|returns `\w+`"
                      r"|the error guide `")
_WORDS_QUOTED = re.compile(r":\s*\"|document|docstring|comment|says\b")
_NONE = re.compile(r"\b(?:None|null|nil)\b")
_ABSENCE_OR_UNIT = re.compile(
    r"\b(?:no|never|without|missing|absent|unknown|empty|blank|until|unless|yet|down"
    r"|unavailable|fails?|failed|older|legacy|only|pence|cents?|percent|per\s+cent|whole"
    r"|inherit\w*|instead|always)\b", re.I)
# Words that give the case an answer of its own: a sentence speaking of the case with none
# of them ("accounts created by invitation have no avatar yet") agrees with an empty answer.
_OWN_ANSWER = re.compile(
    r"\b(?:retry|try\s+again|rais\w*|refus\w*|reject\w*|inherit\w*|instead|carr(?:y|ies)"
    r"|previous|standard|default|until|never|must|only|limited|fault\w*|treat\w*|counts?\s+as"
    r"|signs?|pays?|pence|cents?|percent|per\s+cent|whole|always|corrupt\w*)\b", re.I)
_EMPTY_CASE = re.compile(r"\b(?:no|without|missing|absent|empty|blank|nothing|zero)\b", re.I)
_EVERY = re.compile(r"\b(?:every|all)\b", re.I)
# A conversion reads the value as the type says; the app may say it is counted otherwise.
_UNITS = re.compile(r"\b(?:in|as)\s+(?:pence|cents|minor\s+units|basis\s+points|millis\w*)\b"
                    r"|\b(?:percent|per\s+cent)\b", re.I)
_EMPTY_ANSWER = re.compile(r"^\+.*(?:\bNone\b|\[\]|\{\}|\(\)|\bset\(\)|\"\"|'')", re.M)


def generically_backed(candidate: Candidate) -> bool:
    contract = candidate.contract
    return (contract is not None and bool(_GENERIC.search(contract))
            and not _WORDS_QUOTED.search(contract))


# The value a guard checks (``if team.members is None:``): the value that was None, when
# the analysis could not name it (a comprehension's ``for member in team.members``).
_GUARDED = re.compile(r"^\+\s*if\s+([\w.\[\]'\"]+)\s+is\s+None\s*:", re.M)


def _subject_words(analysis: Analysis, edited: list[FunctionNode],
                   diff: str = "") -> set[str]:
    """Words of the value: the name that was None (or the one the fix guards), the missing
    key, the edited functions."""
    names = [analysis.culprit or "", *(f.name for f in edited)]
    if analysis.culprit is None:
        names += _GUARDED.findall(diff)
    if analysis.exc_type.endswith("KeyError"):
        names.append(analysis.message.strip("'\""))
    return {w for name in names for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) > 2}


def _edited_functions(candidate: Candidate) -> list[FunctionNode]:
    """The functions holding each edited file's first changed line, as edited (a line
    added after a function's last one is in it only in the edited text)."""
    found: list[FunctionNode] = []
    for path, original in candidate.originals.items():
        if not path.endswith(".py"):
            continue
        edited = candidate.edits.get(path, original)
        try:
            tree = ast.parse(edited)
        except SyntaxError:
            continue
        old, new = original.splitlines(), edited.splitlines()
        prefix = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
                      min(len(old), len(new)))
        changed = prefix + 1  # first changed line, 1-based
        found += [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                  and n.lineno <= changed <= (n.end_lineno or n.lineno)]
    return found


def _texts(analysis: Analysis, candidate: Candidate, edited: list[FunctionNode]) -> list[str]:
    """The app's words near the case: docstrings of the crashing and the edited functions,
    of their modules and of the crashing function's callers, the modules' comments, and
    what declarations of the value's name say of it."""
    texts: list[str] = []
    if analysis.function is not None:
        texts.append(ast.get_docstring(analysis.function) or "")
    texts += [ast.get_docstring(f) or "" for f in edited]
    sources = {*candidate.originals.values()}
    if analysis.crash is not None:
        sources.add(analysis.crash.source)
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        texts.append(ast.get_docstring(tree) or "")
        texts += [ast.get_docstring(c) or "" for c in ast.walk(tree)
                  if isinstance(c, ast.ClassDef)]
        texts.append("\n".join(line.split("#", 1)[1] for line in source.splitlines()
                               if "#" in line))
    attribute = (analysis.culprit or "").rsplit(".", 1)[-1]
    if attribute.isidentifier():
        texts += analysis.declaration_comments(attribute)
    return texts + _owner_docstrings(analysis) + _callers_docstrings(analysis)


def _owner_docstrings(analysis: Analysis) -> list[str]:
    """The docstring of the class whose field was None (``order.customer``: ``Order``'s,
    "an order always has its customer; one without is a corrupt record"), wherever the
    app defines it: what a record promises of its fields is said there."""
    culprit = analysis.culprit or ""
    if "." not in culprit:
        return []
    cls = owner_class(analysis, culprit.rsplit(".", 1)[0])
    if cls is None:
        return []
    return [ast.get_docstring(node) or "" for _rel, _text, tree
            in analysis.parsed_files(f"class {cls}") for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and node.name == cls]


def _is_test_file(path: str) -> bool:
    parts = path.split("/")
    return "tests" in parts[:-1] or "test" in parts[:-1] or parts[-1] == "conftest.py" \
        or parts[-1].startswith("test_") or parts[-1].endswith("_test.py")


def _callers_docstrings(analysis: Analysis) -> list[str]:
    """Docstrings of the app's functions that call the crashed one: what the crashed
    function gives is what they act on, and their words on the case ("while the roster
    service is down ... the whole FLOOR is paged") decide it as much as its own (ninth
    adversarial review: ``-> list[str]`` backed ``return []``, and the alert paged
    nobody). The callers on the stack are among them; reading every caller is broader,
    and a wrong fix is worse than a declined one. The tests' functions are no callers."""
    function = analysis.function
    if function is None:
        return []
    name = function.name
    texts: list[str] = []
    for path, _, tree in analysis.parsed_files(name):
        if _is_test_file(path):
            continue
        for caller in ast.walk(tree):
            if not isinstance(caller, ast.FunctionDef | ast.AsyncFunctionDef) \
                    or caller.name == name:
                continue
            if any(isinstance(call, ast.Call) and (
                    (isinstance(call.func, ast.Name) and call.func.id == name)
                    or (isinstance(call.func, ast.Attribute) and call.func.attr == name))
                   for call in ast.walk(caller)):
                texts.append(ast.get_docstring(caller) or "")
    return texts


def _unused_names_in_docstring(candidate: Candidate, edited: list[FunctionNode]) -> str | None:
    """A sentence of an edited function's docstring naming a module-level name the
    function never reads ("above the last threshold it is the board, every member of
    ``BOARD``"): the docstring speaks of a case the code does not handle yet, and a generic
    answer for the missing path guesses past it."""
    defined: set[str] = set()
    for original in candidate.originals.values():
        try:
            defined |= module_names(ast.parse(original))
        except SyntaxError:
            continue
    for function in edited:
        for sentence in sentences(ast.get_docstring(function) or ""):
            if unread_names(sentence, function, defined):
                return sentence
    return None


def _declared_none_answer(candidate: Candidate, edited: list[FunctionNode]) -> str | None:
    """The sentence of an edited function's docstring saying when it gives None, where its
    return type admits None and the candidate answers with something else (a guide's
    ``0.0`` for an empty average): the function has named its answer for a case, and an
    answer chosen for every app may be that case's."""
    diff = candidate.diff()
    if re.search(r"^\+.*\bNone\b", diff, re.M):
        return None
    added = "\n".join(line for line in diff.splitlines() if line.startswith("+"))
    removed = "\n".join(line for line in diff.splitlines() if line.startswith("-"))
    numbers = set(re.findall(r"\b\d+(?:\.\d+)?\b", added)) - set(
        re.findall(r"\b\d+(?:\.\d+)?\b", removed))
    for function in edited:
        returns = ast.unparse(function.returns) if function.returns is not None else ""
        if not re.search(r"\bNone\b|\bOptional\[", returns):
            continue
        told = sentences(ast.get_docstring(function) or "")
        if any(re.search(rf"\b(?:is|are|gives?|returns?|answers?|reads?)\s+"
                         rf"{re.escape(n)}(?!\.?\d)", s) for s in told for n in numbers):
            continue  # the docstring names the answer itself ("its rate is 0.0")
        said = next((s for s in told if _NONE.search(s)), None)
        if said is not None:
            return said
    return None


# "has not had a rehearsal yet": the empty case, said of what is still to come.
_NOT_YET = re.compile(r"\b(?:not|never)\b[^.;]*\byet\b", re.I)


def _divisor_words(analysis: Analysis) -> set[str]:
    """Words of what a division by zero divided by: the names in the divisor and the call
    each was assigned from in the crashing function (``held =
    rehearsals_since_joining(member)`` gives "rehearsals", "since", "joining")."""
    statement, function = analysis.statement, analysis.function
    if analysis.exc_type != "ZeroDivisionError" or statement is None or function is None:
        return set()
    names = {n.id for node in ast.walk(statement)
             if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div | ast.FloorDiv)
             for n in ast.walk(node.right) if isinstance(n, ast.Name) and n.id != "len"}
    texts = list(names)
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id in names
                and isinstance(node.value, ast.Call)):
            texts.append(ast.unparse(node.value.func))
    return {w for text in texts for w in re.split(r"[^a-z0-9]+", text.lower()) if len(w) > 3}


def _not_yet_of(sentence: str, words: set[str], emptied: set[str]) -> bool:
    """The sentence says None marks something that has not happened yet, naming what the
    division counted: the empty case, in the app's words."""
    return bool(_NOT_YET.search(sentence)) and any(
        word.startswith(e) or e.startswith(word) for word in words if len(word) > 3
        for e in emptied)


def _parts_of_the_answer(edited: list[FunctionNode]) -> set[str]:
    """The keys of the dicts and tuples an edited function returns, and the names given as
    their values (``"size_kb": size_kb``): parts of the answer, not the whole."""
    parts: set[str] = set()
    for function in edited:
        for node in ast.walk(function):
            if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Dict
                                                                 | ast.Tuple)):
                continue
            items = node.value.values if isinstance(node.value, ast.Dict) else node.value.elts
            parts |= {item.id for item in items if isinstance(item, ast.Name)}
            if isinstance(node.value, ast.Dict):
                parts |= {k.value for k in node.value.keys if isinstance(k, ast.Constant)
                          and isinstance(k.value, str)}
    return {part for part in parts if len(part) > 2}


def _a_part_is_none(candidate: Candidate, edited: list[FunctionNode]) -> str | None:
    """An empty whole answer where the docstring says one part of it is None ("its
    size_kb is None"): the rest of the answer is still owed (fourteenth review)."""
    if not re.search(r"^\+\s*return\s+(?:None|\{\}|\[\]|\(\))\s*$", candidate.diff(), re.M):
        return None
    parts = _parts_of_the_answer(edited)
    for function in edited:
        for sentence in sentences(ast.get_docstring(function) or ""):
            if _NONE.search(sentence) and any(
                    re.search(rf"(?<![\w-])`*{re.escape(p)}`*(?![\w-])", sentence) for p in parts):
                return sentence
    return None


def _none_valued(node: ast.expr | None) -> bool:
    """``None``, or a conditional one of whose branches is None: an answer that can be None."""
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return True
    return isinstance(node, ast.IfExp) and (_none_valued(node.body) or _none_valued(node.orelse))


def _whole_type_admits_none(annotation: ast.expr) -> bool:
    """``X | None``, ``Optional[X]``, ``None``, ``Any`` or ``object`` as the whole type: not
    ``tuple[datetime, int | None]``, where only a part may be None."""
    if isinstance(annotation, ast.Constant):
        return annotation.value is None or (isinstance(annotation.value, str) and bool(
            re.search(r"(?:^|\|)\s*None\s*(?:$|\|)|^Optional\[", annotation.value)))
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _whole_type_admits_none(annotation.left) \
            or _whole_type_admits_none(annotation.right)
    if isinstance(annotation, ast.Subscript):
        head = ast.unparse(annotation.value).rsplit(".", 1)[-1]
        return head == "Optional" or (head == "Union" and "None" in ast.unparse(annotation.slice))
    return ast.unparse(annotation).rsplit(".", 1)[-1] in ("Any", "object")


def _none_returns(function: FunctionNode) -> int:
    return sum(1 for n in ast.walk(function) if isinstance(n, ast.Return)
               and _none_valued(n.value) and n.value is not None)


def _none_against_the_type(candidate: Candidate, edited: list[FunctionNode]) -> str | None:
    """A None returned anew from a function whose annotation does not admit it as a whole
    (``-> datetime``): the guide's "return None for nothing found" is not this function's
    answer (reviews 19 and 21: after the last bus the next one is tomorrow's first). Only
    a return whose value is None or a conditional with a None branch counts, not a line
    that merely mentions None (``if line.returned_on is None``, ``photo_url=... else None``)."""
    for function in edited:
        if function.returns is None or _whole_type_admits_none(function.returns):
            continue
        before = next((n for path, text in candidate.originals.items() if path.endswith(".py")
                       for n in _functions_named(text, function.name)), None)
        if _none_returns(function) > (_none_returns(before) if before is not None else 0):
            return (f"`{function.name}` is declared `-> {ast.unparse(function.returns)}`, "
                    "which admits no None")
    return None


def _functions_named(source: str, name: str) -> list[FunctionNode]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and n.name == name]


def _speaking(analysis: Analysis, candidate: Candidate) -> str | None:
    edited = _edited_functions(candidate)
    unused = _unused_names_in_docstring(candidate, edited) or _declared_none_answer(
        candidate, edited) or _a_part_is_none(candidate, edited) or _none_against_the_type(
        candidate, edited)
    if unused is not None:
        return unused
    diff = candidate.diff()
    subject = _subject_words(analysis, edited, diff)
    about_none = "NoneType" in analysis.message or analysis.culprit is not None
    empty_answer = bool(_EMPTY_ANSWER.search(diff))
    # A None given where the crash was not about one (an empty list indexed, say) is a new
    # meaning for None; where the app already says what None marks, it is not this one,
    # unless what it marks is an empty case ("an hour without readings is None").
    new_none = not about_none and bool(re.search(r"^\+.*\bNone\b", diff, re.M))
    emptied = _divisor_words(analysis) if new_none else set()
    for text in _texts(analysis, candidate, edited):
        for sentence in sentences(text):
            words = set(re.findall(r"[a-z0-9]+", sentence.lower()))
            of_value = _ABSENCE_OR_UNIT.search(sentence) and any(
                word.startswith(s) or (s.startswith(word) and len(word) > 3)
                for word in words for s in subject)
            own_answer = _OWN_ANSWER.search(sentence) or not empty_answer
            # "every project", "all of them" answer the value's own case; said of other
            # things beside a None ("every other action is not announced: None") they do not.
            if (of_value and (own_answer or _EVERY.search(sentence))) or (
                    about_none and _NONE.search(sentence) and own_answer) or (
                    new_none and _NONE.search(sentence)
                    and not _EMPTY_CASE.search(sentence)
                    and not _not_yet_of(sentence, words, emptied)) or (
                    not empty_answer and _UNITS.search(sentence)):
                return sentence
    return None


def respect_the_apps_words(candidates: list[Candidate], analysis: Analysis) -> list[Candidate]:
    """Generically backed candidates lose their backing where the app speaks of the case."""
    kept: list[Candidate] = []
    for candidate in candidates:
        said = _speaking(analysis, candidate) if generically_backed(candidate) else None
        kept.append(candidate.unbacked(f"(Backed only by {candidate.contract}, while the "
                                       f"code says: \"{said[:160]}\")") if said else candidate)
    return kept


def need_the_apps_words(candidates: list[Candidate]) -> list[Candidate]:
    """Where the reproduction stands on made-up values (placeholder fields of a database
    row), an annotation or a guide no longer backs a fix: the placeholders can make such a
    fix pass where the right one fails (a nullable field left None that production had
    set). Only a fix backed by the app's own words can end ``fixed`` then."""
    return [c.unbacked(f"(Backed only by {c.contract}, and reproduced only with made-up "
                       "field values)") if generically_backed(c) else c for c in candidates]
