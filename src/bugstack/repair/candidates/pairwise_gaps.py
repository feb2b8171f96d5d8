"""A gap in a sequence read in pairs: the pairs are taken across it, not dropped with it.

``for before, after in zip(points, points[1:]): change = after.ele - before.ele`` raises a
TypeError for a GPS point that lost its altitude (``ele=None``). When the documentation
says such items are passed over and the change is measured between the nearest items
either side that have the value ("points without an elevation are passed over: the
change is measured between the nearest points either side that have one"), the pairs are
made from the items that have it:

    points_with_ele = [point for point in points if point.ele is not None]
    for before, after in zip(points_with_ele, points_with_ele[1:]):

A ``continue`` on a pair touching the gap would lose the change across it (a dropout
half-way up a climb would drop part of the climb), and a 0 for the missing value would
invent a drop to sea level and back. The sentence must name the items, the field (a
word it begins, ``ele`` of "elevation"), a word that leaves such items out, and the
bridge: "nearest", "either side", "the next one that has", "across the gap".
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement, replace_nodes
from bugstack.repair.contract_items import item_noun, sentences

__all__ = ["BridgedGap", "PairsAcrossGaps", "bridged_gap", "field_word"]

_LEFT_OUT = re.compile(r"\b(?:passed\s+over|skipped|ignored|left\s+out|leaves?\s+out|"
                       r"dropped|not\s+counted)\b", re.I)
#: "never skipped", "not passed over": the items stay.
_KEPT = re.compile(r"\b(?:never|not|no\s+longer)\s+(?:be\s+)?(?:passed\s+over|skipped|ignored|"
                   r"left\s+out|dropped)\b", re.I)
#: Another answer for the gap: filled in, estimated, interpolated, billed instead.
_OTHER_ANSWER = re.compile(r"\b(?:filled\s+in|fill(?:s|ed)?\b|interpolat\w*|estimat\w*|"
                           r"instead|ends?\b|reset\w*|restart\w*)", re.I)
#: Unit suffixes of a field name (``altitude_m``): the field is the word before them.
_UNITS = {"m", "km", "cm", "mm", "ft", "s", "ms", "kg", "g", "kwh", "pct", "c", "f"}


def _bridge(noun_forms: set[str]) -> re.Pattern[str]:
    """A bridge over the gap that speaks of the items themselves: "the nearest points",
    "the readings either side", "across the gap", "the next reading that has one"."""
    nouns = "|".join(sorted(map(re.escape, noun_forms), key=len, reverse=True))
    return re.compile(
        rf"\bnearest\s+(?:\w+\s+)?(?:{nouns})\b|\b(?:{nouns})\s+(?:\w+\s+)?either\s+side\b"
        rf"|\bacross\s+(?:the|a)\s+gap\b"
        rf"|\b(?:next|previous|last)\s+(?:{nouns})\s+(?:that|which)\s+(?:has|have)\b", re.I)


#: A negation ahead of the bridge in its clause: "not measured between the nearest ...".
_NO_BRIDGE = re.compile(r"\b(?:not|never|no)\b[^.;:]*\b(?:nearest|either\s+side|across)\b",
                        re.I)


def field_word(field: str) -> str:
    """The word a field is spoken of by: ``altitude`` of ``altitude_m``, ``ele``."""
    words = [w for w in field.lower().split("_") if w]
    while len(words) > 1 and words[-1] in _UNITS:
        words.pop()
    return "_".join(words)


def _names_field(docstring: str, sentence: str, field: str) -> bool:
    """Whether ``sentence`` names the field by a word it begins, and no other word of the
    docstring begins with it too ("ele": "elevation", not also "electric")."""
    word = field_word(field).split("_")[0]
    if len(word) < 3:
        return False
    every = {w.removesuffix("s") for w in re.findall(r"[a-z]+", docstring.lower())
             if w.startswith(word)}
    said = {w.removesuffix("s") for w in re.findall(r"[a-z]+", sentence.lower())
            if w.startswith(word)}
    return len(said) == 1 and every == said


def _pairs_of(loop: ast.For) -> tuple[str, str, str] | None:
    """(sequence, first, second) of ``for a, b in zip(s, s[1:])`` or ``pairwise(s)``."""
    target, call = loop.target, loop.iter
    if not (isinstance(target, ast.Tuple) and len(target.elts) == 2
            and all(isinstance(e, ast.Name) for e in target.elts)
            and isinstance(call, ast.Call) and not call.keywords):
        return None
    first, second = (e.id for e in target.elts)  # type: ignore[attr-defined]
    called = call.func.attr if isinstance(call.func, ast.Attribute) else \
        getattr(call.func, "id", "")
    if called == "pairwise" and len(call.args) == 1 and isinstance(call.args[0], ast.Name):
        return call.args[0].id, first, second
    if called == "zip" and len(call.args) == 2 and isinstance(call.args[0], ast.Name):
        rest = call.args[1]
        if isinstance(rest, ast.Subscript) and isinstance(rest.value, ast.Name) \
                and rest.value.id == call.args[0].id and ast.unparse(rest.slice) == "1:":
            return call.args[0].id, first, second
    return None


def _bridging_sentence(docstring: str, noun: str, field: str) -> str | None:
    nouns = {noun, noun + "s", noun.removesuffix("s"),
             noun[:-1] + "ies" if noun.endswith("y") else noun + "es"}
    bridge = _bridge(nouns)
    for sentence in sentences(docstring):
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        if nouns & words and _names_field(docstring, sentence, field) \
                and _LEFT_OUT.search(sentence) and bridge.search(sentence) \
                and not (_KEPT.search(sentence) or _NO_BRIDGE.search(sentence)
                         or _OTHER_ANSWER.search(sentence)):
            return sentence
    return None


def _only_the_field_is_summed(loop: ast.For, function: ast.AST, first: str, second: str,
                              field: str) -> bool:
    """Whether the loop does nothing with a pair but combine its two ``field`` values into
    locals: no other read of the pair (``lines.append((a, b))``), no list built per pair
    (zipped later with other items), no module value or call that assumes neighbours
    (``/ INTERVAL_S``)."""
    local = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)
             and isinstance(n.ctx, ast.Store)} | {
        a.arg for a in ast.walk(function) if isinstance(a, ast.arg)}
    for node in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
        if isinstance(node, ast.Name) and node.id in (first, second):
            continue  # checked through the attribute around it below
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) \
                and node.id not in local and node.id not in ("abs", "max", "min", "round"):
            return False
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name)
                                               and node.func.id in ("abs", "max", "min", "round")):
            return False
    pair_reads = [n for n in ast.walk(ast.Module(body=loop.body, type_ignores=[]))
                  if isinstance(n, ast.Name) and n.id in (first, second)]
    attributes = [n for n in ast.walk(ast.Module(body=loop.body, type_ignores=[]))
                  if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                  and n.value.id in (first, second) and n.attr == field]
    return len(pair_reads) == len(attributes)


@dataclass(frozen=True, slots=True)
class BridgedGap:
    """A crash on a gap in a pairwise loop whose documentation bridges it."""

    loop: ast.For
    sequence: str
    field: str
    sentence: str


def bridged_gap(analysis: Analysis) -> BridgedGap | None:
    """The pairwise loop around the crash, when the pair's one field read is None in the
    captured values and a sentence of the function's docstring bridges such a gap."""
    function, statement = analysis.function, analysis.statement
    if analysis.exc_type != "TypeError" or "NoneType" not in analysis.message \
            or function is None or statement is None:
        return None
    loops = [n for n in ast.walk(function) if isinstance(n, ast.For)
             and any(s is statement for s in ast.walk(n)) and _pairs_of(n)]
    if len(loops) != 1:
        return None
    loop = loops[0]
    found = _pairs_of(loop)
    assert found is not None
    sequence, first, second = found
    fields = {n.attr for n in ast.walk(statement) if isinstance(n, ast.Attribute)
              and isinstance(n.value, ast.Name) and n.value.id in (first, second)
              and analysis.captured_none_field(n)}
    if len(fields) != 1:
        return None
    field = fields.pop()
    if not _only_the_field_is_summed(loop, function, first, second, field):
        return None  # the pair is read for more than the field: bridging would change that too
    sentence = _bridging_sentence(ast.get_docstring(function) or "", item_noun(sequence), field)
    return None if sentence is None else BridgedGap(loop, sequence, field, sentence)


class PairsAcrossGaps:
    name = "pairs-across-gaps"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        gap = bridged_gap(analysis)
        if crash is None or function is None or gap is None:
            return
        loop, sequence, field = gap.loop, gap.sequence, gap.field
        kept = f"{sequence}_with_{field}"
        item = item_noun(sequence).removesuffix("s") or "item"
        if kept in {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}:
            return
        renamed = replace_nodes(crash.source, [
            (n, kept) for n in ast.walk(loop.iter) if isinstance(n, ast.Name)
            and n.id == sequence])
        new = insert_before_statement(
            renamed, loop, [f"{kept} = [{item} for {item} in {sequence} "
                            f"if {item}.{field} is not None]"])
        yield Candidate(
            strategy=self.name,
            description=f"The pairs are now made from the {sequence} whose `{field}` is not "
                        "None, so a gap is bridged between the nearest items either side.",
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.85, contract=f'the docstring says: "{gap.sentence[:200]}"',
        )
