"""A documented value that belongs to another case than the crash's backs no guard.

The guard templates read "None when ..." in the crashed function's docstring as what the
function gives for a missing value (``fallbacks``, ``Analysis.return_default``). A
sentence backs that answer only when it is about the answer and about this case; two
readings show it is not:

* the value is a parameter's: "``since`` is None when the whole history is wanted" says
  what the caller passes in, not what the function gives back. A ``return None`` for a
  None ``since`` turns "the whole history" into no history at all (ninth adversarial
  review);
* the function already gives that value in a branch of its own (``if order["pickup"]:
  return None``) and the sentence names nothing of the value that was None: "None when the
  order is collected in store" is the pickup branch's case, and a new ``return None`` for
  a delivery without an address hands it the pickup's answer (ninth adversarial review). A
  sentence naming the missing value ("None when the order has no address") still backs.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterator

from bugstack.repair.analyse import Analysis, FunctionNode, origin_of

__all__ = ["documented_for_another_case", "parameters_value", "taken_by_a_branch"]

_SAID = re.compile(r'the documentation says: "(.*)"', re.S)
_NONE_WORD = re.compile(r"\b(?:None|null)\b")
_ACCESSORS = frozenset({"get", "pop", "setdefault"})
# Parts of a lookup function's name that say how, not what (``find_user``, ``load_plan``).
_VERBS = frozenset({"find", "fetch", "load", "lookup", "read", "make", "build", "parse"})


def _said(contract: str | None) -> str | None:
    """The sentence a documentation-backed contract quotes."""
    match = _SAID.fullmatch(contract or "")
    return match.group(1) if match else None


def parameters_value(function: FunctionNode, sentence: str) -> bool:
    """Whether every None of ``sentence`` is said of a parameter ("``since`` is None when
    ..."): it describes the input, and no None is left for the answer."""
    arguments = function.args
    names = [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                             *filter(None, (arguments.vararg, arguments.kwarg)))
             if a.arg not in ("self", "cls")]
    if not names or not _NONE_WORD.search(sentence):
        return False
    subject = "|".join(map(re.escape, names))
    said_of_parameter = re.compile(
        rf"`*\b(?:{subject})\b`*\s+(?:is|are|was|may\s+be|can\s+be|might\s+be|stays"
        rf"|defaults\s+to|=)\s+`*(?:None|null)\b`*")
    rest = said_of_parameter.sub(" ", sentence)
    return rest != sentence and not _NONE_WORD.search(rest)


def _own_returns(function: FunctionNode) -> Iterator[ast.Return]:
    """The function's return statements, not those of functions nested in it."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                      | ast.ClassDef):
            continue
        if isinstance(node, ast.Return):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _gives(node: ast.Return) -> str:
    return "None" if node.value is None else ast.unparse(node.value)


def _value_words(analysis: Analysis, culprit: str) -> set[str]:
    """What names the value that was missing: the culprit's last name (``address`` of
    ``address``, ``merged_by`` of ``pull["merged_by"]``) and the key, attribute or
    function it was read from, with their longer parts. The record it was read from
    (``order``) is not the value: "when the order is collected" speaks of the order."""
    try:
        written = ast.parse(culprit, mode="eval").body
    except SyntaxError:
        return set()
    leaves = [written]
    if isinstance(written, ast.Name) and analysis.function is not None \
            and analysis.crash is not None:
        origin = origin_of(analysis.function, written.id, analysis.crash.lineno)
        if origin is not None:
            leaves.append(origin)
    names: set[str] = set()
    for leaf in leaves:
        if isinstance(leaf, ast.Call) and isinstance(leaf.func, ast.Attribute) \
                and leaf.func.attr in _ACCESSORS and leaf.args:
            # `order.get("address")` reads `address`; `COUPONS.get(code)` a coupon.
            key = leaf.args[0]
            leaf = key if isinstance(key, ast.Constant) and isinstance(key.value, str) \
                else leaf.func.value
            if isinstance(leaf, ast.Constant):
                names.add(str(leaf.value))
                continue
        while isinstance(leaf, ast.Call):
            leaf = leaf.func
        if isinstance(leaf, ast.Name):
            names.add(leaf.id)
        elif isinstance(leaf, ast.Attribute):
            names.add(leaf.attr)
        elif isinstance(leaf, ast.Subscript) and isinstance(leaf.slice, ast.Constant) \
                and isinstance(leaf.slice.value, str):
            names.add(leaf.slice.value)
    names = {n.lower() for n in names if n.isidentifier() and n not in dir(builtins)}
    parts = {part for n in names for part in n.split("_")
             if len(part) > 3 and part not in _VERBS}
    words = {w for w in names | parts if len(w) > 2}
    # "no coupon" names ``COUPONS``' value as well.
    return words | {re.sub(r"(?:es|s)$", "", w) for w in words
                    if len(w) > 4 and not w.endswith("ss")}


def taken_by_a_branch(analysis: Analysis, culprit: str, sentence: str,
                      value: str) -> bool:
    """Whether an existing branch of the function already gives ``value`` and
    ``sentence`` names nothing of the missing value: the sentence is that branch's."""
    function, crash = analysis.function, analysis.crash
    if function is None or crash is None:
        return False
    if not any(_gives(node) == value and node.lineno != crash.lineno
               for node in _own_returns(function)):
        return False
    words = _value_words(analysis, culprit)
    return bool(words) and not any(
        re.search(rf"\b{re.escape(word)}", sentence, re.I) for word in words)


def documented_for_another_case(analysis: Analysis, culprit: str, contract: str | None,
                                value: str) -> str | None:
    """Why the documentation ``contract`` quotes does not back answering the missing
    ``culprit`` with ``value``, or None when it does (or is no quote)."""
    sentence = _said(contract)
    if sentence is None or analysis.function is None:
        return None
    if value == "None" and parameters_value(analysis.function, sentence):
        return "the documented None is a parameter's, not the answer's"
    if taken_by_a_branch(analysis, culprit, sentence, value):
        return f"the documented {value} is the answer of a branch the function already has"
    return None
