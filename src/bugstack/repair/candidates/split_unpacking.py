"""``key, value = line.split("=")`` meets a value that contains the separator.

"too many values to unpack (expected 2)" says the text had more separators than the
code has names for. Whether the extra ones belong to the last field (``split("=", 1)``:
"the value is everything after the first ``=``") or to the first (``rsplit(":", 1)``:
"the name may contain ``:``") is the format's business, and only the code's own
documentation or the data itself can say which. Skipping the line, or cutting the value
at the next separator (``split("=")[:2]``), would both lose data the format allows.

The fix is backed by a sentence in the comments or docstrings around the crash (or the
docstrings of its callers) that gives the rest of the text to the field the split leaves
open, or by the captured text itself: a key that is a plain name before the first
separator, and a rest that is not. With neither, nothing is proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import documentation_near

__all__ = ["SplitUnpacking", "split_backing"]

_TOO_MANY = re.compile(r"too many values to unpack \(expected (\d+)\)")
# What people call a separator in prose, so "everything after the first equals sign"
# counts for "=".
_SEPARATOR_NAMES = {
    "=": ("equals", "equal sign"), ":": ("colon",), ",": ("comma",), ";": ("semicolon",),
    "|": ("pipe", "bar"), "\t": ("tab",), " ": ("space", "whitespace"), "/": ("slash",),
    "-": ("dash", "hyphen"), ".": ("dot", "period"), "_": ("underscore",),
}
# "everything after the first =", "the rest of the line": the last field takes the rest.
# The separator must follow "first" closely, so a sentence about another one does not count.
_REST_AFTER = re.compile(
    r"\b(everything|all|anything|the rest|whatever (comes|follows))\b[^.;]*?"
    r"\b(after|following|past)\s+the\s+first\b(?P<which>.{0,30})"
    r"|\bthe rest of the (line|text|string)\b", re.I)
# "everything before the last :": the first field takes the rest.
_REST_BEFORE = re.compile(
    r"\b(everything|all|anything|the rest|whatever (comes|precedes))\b[^.;]*?"
    r"\b(before|up to|preceding)\s+the\s+last\b(?P<which>.{0,30})", re.I)
# "a # comments out the rest of the line": the rest is thrown away, not kept in a field.
_THROWN_AWAY = re.compile(r"\b(ignored|comments?|skipped|dropped|discarded)\b", re.I)
_MAY_CONTAIN = re.compile(
    r"\b(may|can|might|could|often|sometimes)\s+(also\s+)?(contain|include|carry|hold|have"
    r"|end\s+(in|with)|start\s+with)\b|\b(contains?|includes?|carr(y|ies))\b", re.I)
_NEGATION = re.compile(r"\b(not|never|no|cannot|can't|must not|mustn't)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Unpacking:
    statement: ast.Assign
    call: ast.Call
    method: str  # "split" or "rsplit"
    separator: str | None  # None: split on whitespace
    names: tuple[str, ...]  # the targets, "" for one that is not a plain name


def _unpacking(statement: ast.stmt | None, expected: int) -> _Unpacking | None:
    """The split the statement unpacks into ``expected`` names, if that is its shape."""
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return None
    target = statement.targets[0]
    if not isinstance(target, ast.Tuple | ast.List) or len(target.elts) != expected:
        return None
    if any(isinstance(e, ast.Starred) for e in target.elts):
        return None
    value = statement.value
    # ``map(str.strip, line.split("="))`` and ``[p.strip() for p in line.split("=")]``
    # unpack the split too: one value out for each field in.
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == "map" and len(value.args) == 2 and not value.keywords):
        value = value.args[1]
    elif (isinstance(value, ast.ListComp) and len(value.generators) == 1
          and not value.generators[0].ifs):
        value = value.generators[0].iter
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr in ("split", "rsplit")):
        return None
    if len(value.args) > 1 or any(k.arg != "sep" for k in value.keywords):
        return None  # a maxsplit is given already: this is another bug
    given = value.args[0] if value.args else next((k.value for k in value.keywords), None)
    if given is None or (isinstance(given, ast.Constant) and given.value is None):
        separator = None
    elif isinstance(given, ast.Constant) and isinstance(given.value, str) and given.value:
        separator = given.value
    else:
        return None  # a separator held in a variable: what it is cannot be read here
    names = tuple(e.id if isinstance(e, ast.Name) else "" for e in target.elts)
    return _Unpacking(statement, value, value.func.attr, separator, names)


def _mentions_separator(sentence: str, separator: str | None) -> bool:
    if separator is None:
        return bool(re.search(r"\b(space|spaces|whitespace|word)\b", sentence, re.I))
    if separator.strip() and separator in sentence:
        return True
    words = _SEPARATOR_NAMES.get(separator, ())
    return any(re.search(rf"\b{re.escape(w)}s?\b", sentence, re.I) for w in words)


def _said_of(sentence: str, field: str) -> bool:
    """Whether ``field`` is what "may contain" is said of: named just before it, not
    somewhere else in the sentence ("a name may contain =; the colour is a word" says it
    of the name, and backs the other split)."""
    for found in _MAY_CONTAIN.finditer(sentence):
        subject = re.search(r"\b(\w+)\W*(?:\s+(?:of|in)\s+[\w\s]{0,20}?)?\s*$",
                            sentence[:found.start()])
        if subject is not None and subject.group(1).lower() in (field.lower(),
                                                                 field.lower() + "s"):
            return True
    return False


def _sentences(text: str) -> list[str]:
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+(?=[A-Z`(\"'])|\n\s*\n", text)
            if s.strip()]


def split_backing(texts: list[tuple[str, str]], unpacking: _Unpacking) -> str | None:
    """The sentence that gives the extra separators to the field the split leaves open."""
    open_field = unpacking.names[-1] if unpacking.method == "split" else unpacking.names[0]
    rest = _REST_AFTER if unpacking.method == "split" else _REST_BEFORE
    for where, text in texts:
        for sentence in _sentences(text):
            if not _mentions_separator(sentence, unpacking.separator):
                continue
            quoted = f"{where} says: \"{sentence[:160]}\""
            found = rest.search(sentence)
            if found and (_mentions_separator(found.group("which"), unpacking.separator)
                          if found.group("which") is not None
                          else not _THROWN_AWAY.search(sentence)):
                return quoted
            # "the value may contain =" names the field that takes the rest.
            if (open_field and _said_of(sentence, open_field)
                    and not _NEGATION.search(sentence)):
                return quoted
    return None


_KEY = re.compile(r"^\s*[A-Za-z_][\w.\-]*\s*$")


def shape_backing(text: str, unpacking: _Unpacking) -> str | None:
    """The captured text backs the fix when the fields the split closes are plain names
    and a field the other reading would add to them is not one (a URL, a path), so the
    extra separators can only belong to the field left open."""
    fields = text.split(unpacking.separator)
    closed = len(unpacking.names) - 1
    if unpacking.method == "split":
        keys, middle = fields[:closed], fields[closed:-1]
    else:
        keys, middle = fields[len(fields) - closed:], fields[1:len(fields) - closed]
    if all(_KEY.match(k) for k in keys) and any(not _KEY.match(m) for m in middle):
        return (f"the captured text {text[:80]!r} has plain names where the split closes "
                "its fields, and text no name has after them")
    return None


def _captured_text(analysis: Analysis, receiver: ast.expr) -> str | None:
    if not isinstance(receiver, ast.Name):
        return None
    raw = analysis.values.get(receiver.id)
    if raw is None:
        return None
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _documentation(site: CrashSite, analysis: Analysis) -> list[tuple[str, str]]:
    """Around the crash first, then around each caller, innermost first."""
    texts: list[tuple[str, str]] = []
    for frame in reversed(site.frames):
        try:
            tree = ast.parse(frame.source)
        except SyntaxError:
            continue
        texts += documentation_near(frame.source, tree, frame.lineno)
    return texts


class SplitUnpacking:
    name = "split-unpacking"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        match = _TOO_MANY.search(analysis.message)
        crash = analysis.crash
        if analysis.exc_type != "ValueError" or match is None or crash is None \
                or analysis.tree is None:
            return
        statement = analysis.statement or enclosing_statement(analysis.tree, crash.lineno)
        unpacking = _unpacking(statement, int(match.group(1)))
        if unpacking is None:
            return
        contract = split_backing(_documentation(site, analysis), unpacking)
        captured = _captured_text(analysis, _receiver(unpacking.call))
        if contract is None and captured is not None:
            contract = shape_backing(captured, unpacking)
        if contract is None:
            return  # the format is not documented: which field takes the rest is a guess
        yield self._candidate(crash.path, crash.source, unpacking, contract)

    def _candidate(self, path: str, source: str, unpacking: _Unpacking,
                   contract: str) -> Candidate:
        call = unpacking.call
        limit = len(unpacking.names) - 1
        segment = ast.get_source_segment(source, call) or ast.unparse(call)
        # The call's text up to its closing bracket, with the limit added as the file
        # would write it: positionally after a separator, by keyword without one.
        inner = segment[:segment.rstrip().rfind(")")].rstrip()
        if unpacking.separator is None or not call.args:
            addition = f"maxsplit={limit}"
        else:
            addition = str(limit)
        opened = inner.endswith("(")
        new_call = f"{inner}{'' if opened else ', '}{addition})"
        field = "last" if unpacking.method == "split" else "first"
        shown = repr(unpacking.separator) if unpacking.separator is not None else "whitespace"
        return Candidate(
            strategy=self.name,
            description=(f"The text held more {shown} separators than the "
                         f"{len(unpacking.names)} names it is unpacked into; "
                         f"`.{unpacking.method}()` now stops after {limit}, so the {field} "
                         "field keeps the rest, separators included."),
            edits={path: replace_node(source, call, new_call)}, originals={path: source},
            plausibility=0.9, contract=contract,
        )


def _receiver(call: ast.Call) -> ast.expr:
    assert isinstance(call.func, ast.Attribute)
    return call.func.value
