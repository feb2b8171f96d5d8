"""What the code says about one item of many: malformed items skipped, containers written
as lists.

Two contracts that live in prose more often than in types:

* "Lines whose request is not ``METHOD PATH PROTOCOL`` are skipped": a per-item parser
  that trips over a malformed item should leave that item out, not stop the whole run and
  not count it under a made-up value (:func:`documented_skip`);
* "``tags`` a sorted list of strings": a ``set`` that ``json.dumps`` cannot encode should
  be written as the list the documentation promises (:func:`documented_list`).

Both readers want wording that names the item (or the field) and says plainly what
happens to it. Vague wording ("lines may be skipped"), mixed wording ("invalid lines
raise, blank ones are skipped") or wording about some other case ("blank lines are
skipped") backs nothing: a wrong fix is worse than none.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection, Iterable

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.contract import Evidence

__all__ = [
    "comments_above",
    "documentation_near",
    "documentation_on_stack",
    "documented_list",
    "documented_skip",
    "item_noun",
    "refusal_in",
    "refusing_sentence",
    "sentences",
    "whole_sentences",
]

_SKIP = re.compile(
    r"\b(skip(s|ped|ping)?|ignor(e|es|ed|ing)|not counted|(is|are|get|gets|be)\s+dropped"
    r"|discard(s|ed)?|left out|passed over|omitted)\b", re.I)
_NEGATED = re.compile(
    r"\b(not|never|no longer)\s+(be\s+)?(skipped|ignored|dropped|discarded|omitted|left out)\b"
    r"|n't\s+(be\s+)?(skipped|ignored|dropped|discarded|omitted)\b"
    r"|\b(instead of|rather than)\s+(being\s+)?(skipp|ignor|dropp|discard|omitt)", re.I)
# A modal or a hedge before the verb: the code may do it, the contract does not promise it.
_VAGUE = re.compile(
    r"\b(may|might|could|can|sometimes|usually|often|mostly|generally|perhaps|possibly)\b"
    r"(\s+\w+){0,2}\s+(skip|ignor|dropp|discard|omitt|left out)", re.I)
# Another outcome in the same sentence: which one applies to this item is then unclear.
_MIXED = re.compile(
    r"\b(raise[sd]?|raising|exceptions?|abort(s|ed)?|stops?|halts?|but|except|unless|whereas"
    r"|while)\b", re.I)
# A condition on the skip ("in lenient mode", "when strict=False", "if asked"): whether it
# holds for the crashing call is not the sentence's to say.
_CONDITIONAL = re.compile(
    r"\b(if|when|whenever|unless|only|provided|optionally|in\s+\w+\s+mode|with\s+`*\w+`*"
    r"\s*(=|on|enabled|set))\b|\b(lenient|strict|tolerant|permissive)\b", re.I)
# What is wrong with an item, in general words.
_MALFORMED_WORDS = (r"malformed|invalid|unparse?able|corrupt(?:ed)?|garbled|truncated"
                    r"|ill-formed|broken|bad")
_MALFORMED = re.compile(
    rf"\b({_MALFORMED_WORDS}|not valid|(cannot|can't|could not|couldn't) be (parsed|read"
    r"|decoded)|fail(s|ing)? to (parse|decode))\b", re.I)
# The same words said of the item itself cover every malformed item ("malformed lines",
# "lines that cannot be parsed are"); said of a part of it ("lines that are not valid
# UTF-8") they name one defect, which must be the crash's.
_MALFORMED_ITEM = (
    rf"\b(?:{_MALFORMED_WORDS})\s+(?:\w+\s+)?(?:{{nouns}})\b",
    rf"\b(?:{{nouns}})\s+(?:that|which)\s+(?:are|is)\s+(?:{_MALFORMED_WORDS}|not valid)"
    r"\s+(?:are|is|get|gets|will|should|must)\b",
    r"\b(?:{nouns})\s+(?:that|which)\s+(?:cannot|can't|could not|couldn't)\s+be\s+"
    r"(?:parsed|read|decoded)\s+(?:are|is|get|gets|will|should|must)\b",
)
# Wording that names one defect ("whose request is not ...", "without a timestamp"): it
# covers the crash only when it names what the crashing statement reads.
_DEFECT = re.compile(
    r"\b(is|are)\s+not\b|\b(isn't|aren't)\b|\bwithout\b|\bmissing\b|\black(s|ing)?\b"
    r"|\bwith no\b|\b(does|do)\s+not\s+(have|match|contain|start|end)\b"
    r"|\b(doesn't|don't)\s+(have|match|contain|start|end)\b|\bfewer than\b|\btoo (short|few)\b",
    re.I)
# Names too common to tie a sentence to a statement.
_COMMON = frozenset({
    "self", "cls", "split", "strip", "get", "len", "str", "int", "float", "lower", "upper",
    "items", "keys", "values", "append", "value", "data", "result", "text", "line", "item",
    "row", "index", "is", "not", "a", "the",
})


def item_noun(name: str) -> str:
    """The noun a variable names: ``raw_line`` -> ``line``."""
    return name.rstrip("_").rsplit("_", 1)[-1].lower()


def _forms(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    if noun.endswith("s"):
        forms.add(noun[:-1])
    return forms


def sentences(text: str) -> list[str]:
    """The sentences of a docstring or comment, wrapped lines joined."""
    # Docstrings and comments wrap sentences across lines; blank lines and bullets end them.
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n\s*\n", text) if s.strip()]


def whole_sentences(text: str) -> list[str]:
    """Sentences ended by a full stop only: a semicolon keeps a clause with its subject
    ("``a`` ... and ``b`` ...; both are null while ...", "a task without a due date; the
    app sends "someday" for it"), which :func:`sentences` would part."""
    joined = re.sub(r"\s*\n\s*", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z`\"(])", joined) if s.strip()]


def _quoted(sentence: str, limit: int = 200) -> str:
    """The sentence, or its start cut at a word with an ellipsis."""
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + " …"


def _words(sentence: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", sentence)}


def documented_skip(texts: Iterable[tuple[str, str]], items: Collection[str],
                    crash_names: Collection[str]) -> Evidence | None:
    """The sentence that says malformed items like the crashing one are skipped.

    ``texts``: (where, text) pairs, e.g. ("the module docstring", "..."). ``items``: the
    names the item goes by in the code (the per-item function's parameter, the loop
    variable). ``crash_names``: the names the crashing statement reads, which a sentence
    naming one defect must mention to be about this crash.
    """
    nouns = set().union(*(_forms(item_noun(i)) for i in items)) if items else set()
    relevant = {n.lower() for n in crash_names} - _COMMON - nouns
    for where, text in texts:
        for sentence in sentences(text):
            words = _words(sentence)
            if not (nouns & words) or not _SKIP.search(sentence):
                continue
            if _NEGATED.search(sentence) or _VAGUE.search(sentence) or _MIXED.search(sentence) \
                    or _CONDITIONAL.search(sentence):
                continue
            # "are not counted" says what happens, not what is wrong with the item.
            defect = _DEFECT.search(_SKIP.sub(" ", sentence)) or _MALFORMED.search(sentence)
            if _malformed_item(sentence, nouns) or (defect and relevant & words):
                return Evidence("skip", f"{where} says: \"{_quoted(sentence)}\"")
    return None


def _malformed_item(sentence: str, nouns: set[str]) -> bool:
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return any(re.search(pattern.format(nouns=alternatives), sentence, re.I)
               for pattern in _MALFORMED_ITEM)


_SORTED = re.compile(r"\b(sorted|ordered|alphabetical(ly)?|in order)\b", re.I)
_LIST = re.compile(r"\b(list|array)s?\b", re.I)
_NOT = re.compile(r"\b(not|never|no)\b|n't\b", re.I)
# "a sorted comma-separated list in a single string", "a list joined with commas": the
# list is written as text, which JSON's own array (default=sorted) is not.
_AS_TEXT = re.compile(
    r"\b(comma|semicolon|space|tab|pipe|newline|line)[- ](separated|delimited)\b"
    r"|\bseparated by\b|\bjoined\b|\b(single|one) (string|line)\b|\bcsv\b"
    r"|\bas (a |one )?(string|text)\b|\b(in|into) (a |one )?(string|text)\b", re.I)


def documented_list(texts: Iterable[tuple[str, str]], field: str) -> Evidence | None:
    """What the documentation says ``field`` is written as: a sorted list, or a list.

    ``Evidence.source`` is ``"sorted"`` or ``"list"``. Only the clause right around the
    field's name counts ("with ``tags`` a sorted list of strings", "a sorted list of
    tags"), so a list promised for another field does not leak onto this one.
    """
    name = re.compile(rf"(?<![\w.]){re.escape(field)}(?![\w(])", re.I)
    found: Evidence | None = None
    for where, text in texts:
        for sentence in sentences(text):
            for match in name.finditer(sentence):
                after = re.split(r"[,;.()]", sentence[match.end():], maxsplit=1)[0][:60]
                before = re.split(r"[,;.()]", sentence[:match.start()])[-1][-40:]
                # "a sorted list of ``tags``": the list is named just before the field.
                ahead = before if re.search(r"\bof\W*$", before) else ""
                clause = f"{ahead} {after}"
                # What is said of this field, up to the next field a name is quoted for.
                said = f"{ahead} {re.split(r'``|`', sentence[match.end():].lstrip('`'))[0]}"
                if not _LIST.search(clause) or _NOT.search(clause) or _AS_TEXT.search(said):
                    continue
                reason = f"{where} says: \"{_quoted(sentence)}\""
                if _SORTED.search(clause):
                    return Evidence("sorted", reason)
                found = found or Evidence("list", reason)
    return found


def comments_above(lines: list[str], lineno: int) -> str:
    """The comment block right above line ``lineno`` (1-based), and its trailing comment."""
    block: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        # `#:` marks an attribute's documentation (Sphinx); the colon is no word of it.
        block.insert(0, lines[index].strip().lstrip("#").removeprefix(":").strip())
        index -= 1
    if 0 < lineno <= len(lines) and "#" in lines[lineno - 1]:
        block.append(lines[lineno - 1].split("#", 1)[1].strip())
    return "\n".join(block)


def documentation_near(source: str, tree: ast.Module, lineno: int) -> list[tuple[str, str]]:
    """What documents line ``lineno``: the comments above it and above the loops, function
    and class around it, their docstrings, and the module docstring, nearest first."""
    lines = source.splitlines()
    texts: list[tuple[str, str]] = [("the comment above it", comments_above(lines, lineno))]
    around = sorted(
        (node for node in ast.walk(tree)
         if isinstance(node, ast.For | ast.While | ast.FunctionDef | ast.AsyncFunctionDef
                       | ast.ClassDef)
         and node.lineno <= lineno <= (node.end_lineno or node.lineno)),
        key=lambda node: -node.lineno,
    )
    for node in around:
        if isinstance(node, ast.For | ast.While):
            texts.append(("the comment above the loop", comments_above(lines, node.lineno)))
            continue
        first = min([d.lineno for d in node.decorator_list] + [node.lineno])
        texts.append((f"the comment above `{node.name}`", comments_above(lines, first)))
        texts.append((f"the docstring of `{node.name}`", ast.get_docstring(node) or ""))
    texts.append(("the module docstring", ast.get_docstring(tree) or ""))
    return [(where, text) for where, text in texts if text.strip()]


def documentation_on_stack(site: CrashSite, frame: LocatedFrame, tree: ast.Module,
                           lineno: int) -> list[tuple[str, str]]:
    """What documents ``lineno`` in ``frame``, then what documents every other frame's
    line: a rule about the data is often written where the caller reads it, not where
    the library call sits."""
    texts = documentation_near(frame.source, tree, lineno)
    for other in site.frames:
        if other.path != frame.path or other.lineno != frame.lineno:
            try:
                texts += documentation_near(other.source, ast.parse(other.source), other.lineno)
            except SyntaxError:
                continue
    return texts


_REFUSING_WORDS = re.compile(
    r"\b(?:refus\w*|reject\w*|rais\w*|errors?|invalid|never|not|no|without|cannot|can't|"
    r"isn't|aren't|doesn't|don't|damaged|corrupt\w*|cut|truncated|mangle\w*|always)\b", re.I)


def refusing_sentence(texts: Iterable[tuple[str, str]], subject: re.Pattern[str]) -> str | None:
    """A sentence of ``texts`` about ``subject`` that refuses, negates or restricts it
    ("the CRM never quotes a field", "a payload without its padding was cut and is
    refused"): the code has its own word on the case, and a template that would read such
    data anyway must not claim to follow the contract."""
    for _, text in texts:
        for sentence in sentences(text):
            if subject.search(sentence) and _REFUSING_WORDS.search(sentence):
                return sentence
    return None


# Words of a rule a stand-in value would break: input refused, raised on, required.
_REFUSAL = re.compile(r"\b(?:refus\w*|reject\w*|rais\w*|fail\w*|errors?|invalid|malformed"
                      r"|broken|never|must|required)\b|\bnot\s+an?\b", re.I)


def refusal_in(text: str) -> str | None:
    """The sentence of ``text`` that refuses, requires or raises ("an order without a user
    must raise", "documents without it are rejected", "a floor, not a starting point"):
    where the documentation lays down such a rule, no template answers the case with a
    value of its own choosing."""
    return next((s for s in sentences(text) if _REFUSAL.search(s)), None)
