"""A JSON list that still arrives in the older joined format the code documents.

A cookie, a setting or a column that once held ``12|7`` and now holds ``[12, 7]`` keeps
old values around for as long as they live: ``json.loads("12|7")`` raises
"JSONDecodeError: Extra data". When the documentation says the old form is still read
("Before 3.0 the cookie held the ids joined by ``|`` (``12|7``); those cookies live for a
year, so they are still read"), the value is split on that separator unless it is the
JSON list: ``ids = json.loads(raw) if raw.startswith("[") else raw.split("|")``. Treating
an unreadable value as empty would forget what it held; catching the error and splitting
would read a lone old id (``19``, valid JSON) as a number and fail again.

The fix needs the documentation to say both forms: the JSON one is a list ("a JSON
list", or an example ``[12, 7]``), and the old one is joined by a separator and still
read (in the same sentence or the next). The loaded list must be iterated with each item
converted (``int(item)``), so the split's text items come out as the JSON's numbers
did. A sentence saying old values are no longer read, are ignored or reset, or silent
documentation, gets nothing.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.contract_items import documentation_near

__all__ = ["LegacyJoinedFormat"]

_OLD = re.compile(r"\b(before|until|prior to|older|old|legacy|previous(ly)?|used to"
                  r"|formerly|earlier)\b", re.I)
_SEPARATOR_WORDS = {"comma": ",", "pipe": "|", "semicolon": ";", "colon": ":", "space": " ",
                    "tab": "\t"}
_JOINED = re.compile(
    r"\b(?:joined|separated|delimited)\s+(?:by|with)\s+(?:an?\s+)?"
    r"(?:``(?P<a>[^`]{1,3})``|`(?P<b>[^`]{1,3})`|\"(?P<c>[^\"]{1,3})\"|'(?P<d>[^']{1,3})'"
    r"|(?P<word>commas?|pipes?|semicolons?|colons?|spaces?|tabs?)\b)", re.I)
_STILL_READ = re.compile(
    r"\b(?:still|also|continue\s+to(?:\s+be)?)\s+(?:be\s+)?(?:read|accepted|parsed"
    r"|understood|supported|honou?red|valid)\b", re.I)
_DROPPED = re.compile(
    r"\b(?:no\s+longer|not)\s+(?:be\s+)?(?:read|accepted|parsed|supported|valid)\b"
    r"|\b(?:ignored|discarded|dropped|reset|forgotten|cleared|rejected|start\s+(?:over|empty))\b"
    r"|\btreated\s+as\s+(?:empty|missing|absent)\b", re.I)
_JSON_LIST = re.compile(r"\bJSON\s+(?:list|array)\b|``\[[^`\]]*\]``", re.I)
_CONVERSIONS = {"int", "float", "str", "Decimal"}


def _sentences(text: str) -> list[str]:
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z`(\"'])|\n\s*\n", text)
            if s.strip()]


def _documented(texts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The old form's separator and the sentence saying it is still read; None when the
    documentation says no such thing, or says old values are dropped."""
    if not any(_JSON_LIST.search(text) for _, text in texts):
        return None
    found: tuple[str, str] | None = None
    for where, text in texts:
        sentences = _sentences(text)
        for index, sentence in enumerate(sentences):
            joined = _JOINED.search(sentence)
            # The older time comes first ("Before 3.0 it held them joined by"): an "old"
            # after the separator is said of something else ("... by the old importer").
            if joined is None or not _OLD.search(sentence[:joined.start()]):
                continue
            window = " ".join(sentences[index:index + 2])
            if _DROPPED.search(window):
                return None
            word = joined.group("word")
            separator = (_SEPARATOR_WORDS[word.lower().rstrip("s")] if word
                         else next(g for g in joined.group("a", "b", "c", "d") if g))
            still = _STILL_READ.search(window)
            if still is None or re.match(r"\s+by\b", window[still.end():]):
                continue  # "still read by the old importer": another reader, not this code
            if found is not None and found[0] != separator:
                return None  # two old forms: which one a value is cannot be told
            found = found or (separator, f'{where} says: "{window[:240]}"')
    return found


def _loads_calls(statement: ast.stmt) -> list[ast.Call]:
    return [n for n in ast.walk(statement) if isinstance(n, ast.Call)
            and ast.unparse(n.func) in ("json.loads", "loads") and len(n.args) == 1
            and not n.keywords]


def _converted_items(statement: ast.stmt, call: ast.Call) -> str | None:
    """The item name of a comprehension iterating the loaded value, when each item goes
    through a conversion of itself alone (``int(product_id)``)."""
    for node in ast.walk(statement):
        if not isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp):
            continue
        generator = node.generators[0]
        if generator.iter is not call or not isinstance(generator.target, ast.Name):
            continue
        item = generator.target.id
        uses = [n for n in ast.walk(node.elt) if isinstance(n, ast.Name) and n.id == item]
        converted = [n for n in ast.walk(node.elt) if isinstance(n, ast.Call)
                     and isinstance(n.func, ast.Name) and n.func.id in _CONVERSIONS
                     and len(n.args) == 1 and isinstance(n.args[0], ast.Name)
                     and n.args[0].id == item]
        if uses and len(converted) == len(uses):
            return item
    return None


class LegacyJoinedFormat:
    name = "legacy-joined-format"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, tree, function = analysis.crash, analysis.tree, analysis.function
        if analysis.exc_type not in ("JSONDecodeError", "ValueError") or crash is None \
                or tree is None or function is None:
            return
        if not re.search(r"Extra data|Expecting value", analysis.message):
            return
        statement = analysis.statement or enclosing_statement(tree, crash.lineno)
        if not isinstance(statement, ast.Return | ast.Assign | ast.AnnAssign | ast.Expr):
            return
        calls = _loads_calls(statement)
        if len(calls) != 1 or not isinstance(calls[0].args[0], ast.Name):
            return  # the value is read twice: it must be a plain local
        call = calls[0]
        raw = calls[0].args[0]
        assert isinstance(raw, ast.Name)
        item = _converted_items(statement, call)
        if item is None:
            return
        name = f"{item}s"
        if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(function)):
            return
        documented = _documented(documentation_near(crash.source, tree, crash.lineno))
        if documented is None:
            return
        separator, contract = documented
        loads = ast.get_source_segment(crash.source, call) or ast.unparse(call)
        source = replace_node(crash.source, call, name)
        split = f"{raw.id}.split({json.dumps(separator)})"
        source = insert_before_statement(source, statement, [
            f"{name} = {loads} if {raw.id}.startswith(\"[\") else {split}"])
        yield Candidate(
            strategy=self.name,
            description=f"A value in the documented older form, joined by {separator!r}, is "
                        "split on it instead of being parsed as JSON; a JSON list is read "
                        "as before.",
            edits={crash.path: source}, originals={crash.path: crash.source},
            plausibility=0.8, contract=contract,
        )
