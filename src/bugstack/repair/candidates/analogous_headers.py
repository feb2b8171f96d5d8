"""A response header written by hand that cannot be encoded, where sibling code builds the
same header with a project function documented for exactly that.

``sales_csv`` sends ``{"Content-Disposition": f'attachment; filename="{report.title}.csv"'}``
and fails with ``'latin-1' codec can't encode character '\\u017c'`` for a Polish title,
while ``invoice_text`` sends ``{"Content-Disposition": attachment(f"invoice {number}.txt")}``
and ``attachment``'s module says header values are Latin-1 and how it writes a name
outside it. The header becomes ``attachment(f"{report.title}.csv")``: the helper's
parameter (``filename``) is the part of the hand-written value that it labels
(``filename="..."``).

Nothing is proposed unless all of this holds:

* a sibling gives the same header (the same key, in any case) the helper's result, and
  no sibling gives it another function's;
* the helper's documentation (its docstring or its module's) names the codec the error
  names (``latin-1``, ``Latin-1``, ``latin1``);
* the hand-written value labels the helper's one required parameter, and everything it
  formats lies inside that label, so nothing the header said is lost.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.package_functions import (
    PackageFunction,
    SiblingCall,
    documentation,
    package_functions,
    package_modules,
    required_parameter,
    sibling_calls,
    with_helper,
)

__all__ = ["analogous_headers"]

_CODEC = re.compile(r"'([\w-]+)' codec can't encode")


def _squeezed(text: str) -> str:
    return re.sub(r"[-_\s]", "", text.lower())


def _header_values(node: ast.AST) -> Iterator[tuple[str, ast.expr]]:
    """``(key, value)`` of the constant-keyed entries under ``node``: dict displays
    (``headers={"Content-Disposition": ...}``) and item assignments
    (``response["Content-Disposition"] = ...``, Django's way)."""
    for found in ast.walk(node):
        if isinstance(found, ast.Dict):
            for key, value in zip(found.keys, found.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value, value
        elif isinstance(found, ast.Assign) and len(found.targets) == 1 \
                and isinstance(found.targets[0], ast.Subscript):
            key = found.targets[0].slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                yield key.value, found.value


def analogous_headers(analysis: Analysis, strategy: str) -> Iterator[Candidate]:
    assert analysis.crash is not None and analysis.statement is not None
    codec = _CODEC.search(analysis.message)
    if analysis.exc_type != "UnicodeEncodeError" or codec is None:
        return
    for header, value in _header_values(analysis.statement):
        if not isinstance(value, ast.JoinedStr):
            continue  # a constant header cannot hold what the request brought
        found = _helper_for(analysis, header)
        if found is None:
            continue
        helper, sibling = found
        if _squeezed(codec.group(1)) not in _squeezed(documentation(helper)):
            continue
        parameter = required_parameter(helper.node)
        assert parameter is not None
        argument = _labelled(analysis.crash.source, value, parameter.arg,
                             ast.get_source_segment(helper.source, helper.node) or "")
        if argument is None:
            continue
        yield Candidate(
            strategy=strategy,
            description=f"The `{header}` header is now written by `{helper.reference}`, as "
                        f"`{sibling.function.name}` writes it, instead of by hand: a "
                        f"{parameter.arg} outside {codec.group(1)} cannot go into a header "
                        "as it is.",
            edits={analysis.crash.path: with_helper(
                analysis, helper, [(value, f"{helper.reference}({argument})")])},
            originals={analysis.crash.path: analysis.crash.source}, plausibility=0.9,
            contract=f"`{helper.node.name}`'s documentation speaks of {codec.group(1)}, and "
                     f"`{sibling.function.name}` already writes `{header}` with it",
        )
        return


def _helper_for(analysis: Analysis, header: str) -> tuple[PackageFunction, SiblingCall] | None:
    """The one helper whose result siblings send as ``header``."""
    chosen: list[tuple[PackageFunction, SiblingCall]] = []
    for helper in package_functions(analysis):
        if required_parameter(helper.node) is None:
            continue
        for sibling in sibling_calls(analysis, helper):
            if any(key.lower() == header.lower() and value is sibling.call
                   for key, value in _header_values(sibling.function)):
                chosen.append((helper, sibling))
                break
    if len({helper.node.name for helper, _ in chosen}) != 1:
        return None
    if _given_otherwise(analysis, header, chosen[0][0].node.name):
        return None
    return chosen[0]


def _given_otherwise(analysis: Analysis, header: str, helper: str) -> bool:
    """A sibling sends the header from another function's call: the siblings disagree."""
    assert analysis.crash is not None
    for path in package_modules(analysis):
        text = analysis.crash.source if path == analysis.crash.path else analysis.read(path)
        if not text or header.lower() not in text.lower():
            continue
        try:
            module = ast.parse(text)
        except SyntaxError:
            continue
        for key, value in _header_values(module):
            if key.lower() != header.lower() or not isinstance(value, ast.Call):
                continue
            func = value.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called != helper:
                return True
    return False


def _labelled(source: str, value: ast.JoinedStr, label: str, helper_text: str) -> str | None:
    """``f"{report.title}.csv"`` from ``f'attachment; filename="{report.title}.csv"'``:
    the part the value labels ``label=``, when every formatted part lies inside it and
    the helper writes every word around it (``attachment``; not ``inline``)."""
    text = ast.get_source_segment(source, value)
    if text is None:
        return None
    prefix = re.match(r"[A-Za-z]*", text)
    quote_start = len(prefix.group(0)) if prefix else 0
    if not {"f", "F"} & set(text[:quote_start]) or set(text[:quote_start].lower()) - {"f"}:
        return None  # rf-strings and the like: their escapes are not worth guessing at
    quote = text[quote_start:quote_start + 3] if text[quote_start:quote_start + 3] in (
        '"""', "'''") else text[quote_start]
    body = text[quote_start + len(quote):len(text) - len(quote)]
    match = re.search(rf"\b{re.escape(label)}=(\"([^\"\\]*)\"|([^;\"\\\s]*))", body)
    if match is None:
        return None
    inside = match.group(2) if match.group(2) is not None else match.group(3)
    outside = body[:match.start()] + body[match.end():]
    if not inside or "{" in outside.replace("{{", ""):
        return None
    if any(word not in helper_text for word in re.findall(r"[A-Za-z]+", outside)):
        return None  # the hand-written header says something the helper does not
    if "{" not in inside.replace("{{", ""):
        return None  # a constant name is not what failed
    return f'f"{inside}"'
