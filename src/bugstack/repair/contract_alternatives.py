"""What a docstring says the function gives in the other case, and the expression in scope
it names.

"The first ``X-Forwarded-For`` hop; otherwise the address of the connecting peer" is the
function's own word on what it answers when the usual value is missing: a guard returns
``request.remote_addr`` there rather than refusing. Reading that clause and finding the
expression it names (written in code, or described in words for a framework's request
object) is kept apart from ``contract``'s other readers, which look for a value (None,
0, ``[]``, a named constant) or a sibling's refusal.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.contract import Evidence

__all__ = ["alternative_expression", "documented_alternative"]

# "..., otherwise the address of the connecting peer": the function's own word on what it
# gives when the usual value is missing. Only the "other case" forms are read here; a
# sentence naming None/0/[] for the missing case is documented_default's business.
_ALTERNATIVE = re.compile(
    r"\b(?:otherwise|or else|failing that|falls? back to|falling back to)\b,?\s*"
    r"(?P<what>(?:[^.;]|\.(?=\w))+)", re.I,  # a dot inside `request.remote_addr` goes on
)
# An alternative that is itself a refusal or an empty answer names no value to fall back to.
_REFUSAL_WORDS = re.compile(
    r"\b(none|null|nothing|empty|404|not found|abort|raises?|error|skip(ped|s)?|refuse[sd]?)\b",
    re.I,
)
_CODE = re.compile(r"``?([A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\(\))?)``?|\b([A-Za-z_]\w*(?:\.\w+)+)\b")
# Plain-language names for a request's well-known values, per framework. A docstring says
# "the connecting peer", the code says ``request.remote_addr``.
_REQUEST_VOCABULARY: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    (re.compile(r"\b(connecting|remote)\s+(peer|client|host|address)|\bpeer('s)?\s+address"
                r"|\baddress of the (connecting )?(peer|client connection)", re.I),
     {"flask": "request.remote_addr", "django": 'request.META.get("REMOTE_ADDR", "")',
      "starlette": "request.client.host"}),
)


def documented_alternative(text: str | None) -> str | None:
    """The clause a docstring gives for the other case (``otherwise X``), unless it refuses.

    Returned as the sentence it came from, so both the words and the code it names are
    there to match.
    """
    if not text:
        return None
    text = re.sub(r"\s*\n\s*", " ", text)
    for sentence in re.split(r"(?<=[.])\s+", text):
        match = _ALTERNATIVE.search(sentence)
        if match and not _REFUSAL_WORDS.search(match.group("what")):
            return sentence.strip()
    return None


def alternative_expression(sentence: str, function: ast.FunctionDef | ast.AsyncFunctionDef,
                           module: ast.Module) -> Evidence | None:
    """The expression in scope the documented alternative names, written or described.

    Written: ``request.remote_addr`` (with or without backticks) whose first name is a
    parameter or a module-level name. Described: "the connecting peer" for the request
    object the module has from a framework it imports.
    """
    clause = _ALTERNATIVE.search(sentence)
    what = clause.group("what") if clause else sentence
    in_scope = _names_in_scope(function, module)
    reason = f"the documentation says: \"{sentence[:120]}\""
    for match in _CODE.finditer(what):
        written = match.group(1) or match.group(2)
        try:
            expression = ast.parse(written, mode="eval").body
        except SyntaxError:
            continue
        root = expression
        while isinstance(root, ast.Attribute | ast.Subscript | ast.Call):
            root = root.func if isinstance(root, ast.Call) else root.value
        if isinstance(root, ast.Name) and root.id in in_scope:
            return Evidence(written, reason)
    framework = _request_framework(function, module)
    if framework is None:
        return None
    for pattern, by_framework in _REQUEST_VOCABULARY:
        if pattern.search(what) and framework in by_framework:
            return Evidence(by_framework[framework], reason)
    return None


def _names_in_scope(function: ast.FunctionDef | ast.AsyncFunctionDef,
                    module: ast.Module) -> set[str]:
    names = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                             *function.args.kwonlyargs)}
    for node in module.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
    return names


def _request_framework(function: ast.FunctionDef | ast.AsyncFunctionDef,
                       module: ast.Module) -> str | None:
    """Which framework's request object is in scope as ``request``."""
    for node in module.body:
        if isinstance(node, ast.ImportFrom) and node.module and any(
            (a.asname or a.name) == "request" for a in node.names
        ):
            return node.module.split(".")[0]  # flask's (or quart's) context-local request
    if "request" not in {a.arg for a in (*function.args.posonlyargs, *function.args.args)}:
        return None
    imported = {node.module.split(".")[0] for node in module.body
                if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {a.name.split(".")[0] for node in module.body if isinstance(node, ast.Import)
                 for a in node.names}
    if "django" in imported:
        return "django"
    if imported & {"fastapi", "starlette"}:
        return "starlette"
    return None
