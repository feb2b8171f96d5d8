"""What the code itself says it should do: the evidence used to choose between fixes.

A fix for "``user`` is None" can return ``None``, ``[]``, or answer 404; only the code's
own contract can say which is right. These readers look for that contract in the
function's return annotation, its docstring and comments, module constants, and how the
sibling functions of the module answer a missing record.

What a docstring says the function gives in the other case ("otherwise the address of
the connecting peer") is read by ``contract_alternatives``.
"""

from __future__ import annotations

import ast
import builtins
import re
from dataclasses import dataclass

from bugstack.repair.default_wording import absent_condition, names_the_key, negated_before

__all__ = [
    "Evidence",
    "default_for_annotation",
    "documented_default",
    "exception_in_module",
    "named_default",
    "not_found_convention",
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A value (as source) or statement a fix should use, and where the code says so."""

    source: str
    reason: str
    #: False when the evidence only names a type, not the value for the missing case:
    #: ``-> Decimal`` says a Decimal comes back, not that it is 0 when data is missing.
    strong: bool = True


_EMPTY_BY_TYPE = {
    "list": "[]", "List": "[]", "Sequence": "[]", "Iterable": "[]", "dict": "{}",
    "Dict": "{}", "Mapping": "{}", "set": "set()", "Set": "set()", "frozenset": "frozenset()",
    "tuple": "()", "Tuple": "()", "str": '""', "int": "0", "float": "0.0", "bool": "False",
    "Decimal": "Decimal(0)",
}


def default_for_annotation(annotation: ast.expr | None) -> Evidence | None:
    """The neutral value an annotation promises: ``list[str]`` -> ``[]``, ``X | None`` -> None."""
    if annotation is None:
        return None
    text = ast.unparse(annotation)
    if isinstance(annotation, ast.Constant) and annotation.value is None:
        return Evidence("None", "the function is annotated to return None")
    if (
        "Optional[" in text
        or re.search(r"(^|\|)\s*None\s*($|\|)", text)
        or text.endswith("| None")
    ):
        return Evidence("None", f"its return type `{text}` allows None")
    head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", None)
    if isinstance(name, str) and name in _EMPTY_BY_TYPE:
        if name in ("tuple", "Tuple") and isinstance(annotation, ast.Subscript) and not (
                isinstance(annotation.slice, ast.Tuple) and len(annotation.slice.elts) == 2
                and isinstance(annotation.slice.elts[1], ast.Constant)
                and annotation.slice.elts[1].value is Ellipsis):
            # `tuple[int, int]` has a fixed length: `()` is no value of it (a version
            # pair, a coordinate), and a caller comparing or unpacking it breaks.
            return None
        collection = _EMPTY_BY_TYPE[name] in ("[]", "{}", "set()", "frozenset()", "()")
        return Evidence(_EMPTY_BY_TYPE[name], f"its return type is `{text}`", strong=collection)
    return None


# A zero answer, not the 0 of "1.0" nor one end of a range ("from 0.0 to 1.0").
_ZERO = r"(?<![\d.])\b(0\.0|zero|0)\b(?!\.\d)(?!\s+(?:to|and)\s+\d)"

_DOC_PATTERNS = (
    (re.compile(r"\b(none|null)\b[^.]*\b(when|if)\b", re.I), "None"),
    (re.compile(r"\b(returns?|gives?)\s+none\b", re.I), "None"),
    (re.compile(r"\b(empty list|\[\])[^.]*\b(when|if|for)\b", re.I), "[]"),
    (re.compile(r"\b(empty string|\"\"|'')[^.]*\b(when|if|for)\b", re.I), '""'),
    (re.compile(r"\b(when|if)\b[^.]*\b(empty list|\[\])", re.I), "[]"),
    (re.compile(r"\b(empty dict|\{\})[^.]*\b(when|if)\b", re.I), "{}"),
    (re.compile(rf"{_ZERO}[^.]*\b(when|if)\b", re.I), "0"),
    (re.compile(r"\b(when|if)\b[^.]*\b(returns?|is)\s+(0\.0|zero|0)\b", re.I), "0"),
    (re.compile(r"\bdefaults? to (an |the )?empty (string|str)\b", re.I), '""'),
    (re.compile(r"\bdefaults? to (an |the )?empty list\b", re.I), "[]"),
    (re.compile(r"\bdefaults? to (an |the )?empty (dict|mapping)\b", re.I), "{}"),
    (re.compile(rf"{_ZERO}[^.]*\b(for|when|if)\b[^.]*\b(no|empty|without)\b", re.I), "0"),
    (re.compile(r"\bor (null|none)\b", re.I), "None"),
    # "...; None for a batch with no readings": the clause names the answer itself (not
    # "gauges send None for a missing value", not "(None for an empty batch)" of another
    # function), and the sentence neither negates nor raises (_NONE_FOR_VETO).
    (re.compile(r"(?:^|[;:]\s*|,\s+and\s+|\bor\s+)(none|null)\s+(for|on)\s+[^.;]*?"
                r"\b(?:with\s+no|without|empty|nothing|no(?!\s+matter)\s+\w+)\b", re.I),
     "None"),
    (re.compile(r"\bdefaults? to (false|true|none|zero|\d+(?:\.\d+)?|'[^']*'|\"[^\"]*\")", re.I),
     "$1"),
)


_NONE_FOR_VETO = re.compile(r"\b(?:never|not|unlike|rais\w*|instead)\b|n't\b", re.I)


def documented_default(text: str | None, about: str | None = None) -> Evidence | None:
    """A value a docstring or comment names for the missing case.

    ``about`` narrows the search to sentences that mention it (a key's or a parameter's
    name), so the default documented for one key is not used for another, and a value
    under a condition must be under an absent one. A negated default ("no longer
    defaults to 3") is none (``default_wording``).
    """
    if not text:
        return None
    # Docstrings wrap sentences across lines; blank lines and bullets still end them.
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
    sentences = re.split(r"(?<=[.;\n])\s+", text)
    if about:
        # As a whole name, and as itself: "``rate_limit`` defaults to 100" and "the rate
        # limit defaults to 100" say nothing about ``limit`` (default_wording).
        sentences = [s for s in sentences if names_the_key(s, about)]
    for sentence in sentences:
        for pattern, value in _DOC_PATTERNS:
            if about is None and "defaults" in pattern.pattern:
                continue  # "x defaults to y" documents a parameter, not what is returned
            match = pattern.search(sentence)
            if match is None or negated_before(sentence, match.start()):
                continue  # "no longer defaults to 3" says the default is gone
            if "(for|on)" in pattern.pattern and _NONE_FOR_VETO.search(sentence):
                continue
            if about and "(when|if" in pattern.pattern and not absent_condition(sentence, match):
                continue  # "0 ... if the warehouse confirms it": a case, not the key's absence
            if value == "$1":
                word = match.group(1)
                value = {"false": "False", "true": "True", "none": "None", "zero": "0"}.get(
                    word.lower(), word
                )
            return Evidence(value, f"the documentation says: \"{sentence.strip()[:120]}\"")
    return None


_NOT_FOUND = (
    re.compile(r"raise\s+HTTPException\(\s*(status_code\s*=\s*)?(404|status\.HTTP_404\w*)[^\n]*"),
    re.compile(r"raise\s+Http404\([^\n]*"),
    re.compile(r"abort\(\s*404[^\n]*\)"),
    re.compile(r"raise\s+NotFound\w*\([^\n]*"),
)


def not_found_convention(module_source: str, exclude_function: str | None = None) -> (
    Evidence | None
):
    """How the module's other functions answer a missing record, e.g. a 404 HTTPException."""
    try:
        tree = ast.parse(module_source)
    except SyntaxError:
        return None
    lines = module_source.splitlines()
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if node.name == exclude_function:
            continue
        body = "\n".join(lines[node.lineno - 1:node.end_lineno])
        for pattern in _NOT_FOUND:
            match = pattern.search(body)
            if match:
                return Evidence(_generic(match.group(0)), f"`{node.name}` answers a missing "
                                f"record with `{match.group(0).strip()}`")
    return None


def _generic(statement: str) -> str:
    """The sibling's statement without its details, which name the sibling's own record."""
    if "HTTPException" in statement:
        status = re.search(r"(status\.HTTP_404\w*|404)", statement)
        code = status.group(1) if status else "404"
        return f'raise HTTPException(status_code={code}, detail="Not found")'
    if "Http404" in statement:
        return 'raise Http404("Not found")'
    if "abort" in statement:
        return "abort(404)"
    name = re.search(r"raise\s+(NotFound\w*)", statement)
    return f'raise {name.group(1) if name else "LookupError"}("Not found")'


_DEFAULT_PREFIXES = ("DEFAULT_", "FALLBACK_", "UNKNOWN_", "MISSING_", "EMPTY_", "NO_")


def named_default(module_source: str, subject: str) -> Evidence | None:
    """A module constant that names the value for a missing ``subject``.

    ``DEFAULT_COMPRESSION`` for the key ``BACKUP_COMPRESSION``, ``UNKNOWN_LABEL`` for the
    variable ``label``, ``DEFAULT_QUANTITY`` for ``row["quantity"]``: the constant's name,
    less its prefix, must be the subject or a word-aligned end of it.
    """
    wanted = re.sub(r"[^A-Z0-9]+", "_", subject.upper()).strip("_")
    if not wanted:
        return None
    for match in re.finditer(r"^([A-Z][A-Z0-9_]*)\s*(?::[^=\n]+)?=", module_source, re.M):
        name = match.group(1)
        rest = next((name[len(p):] for p in _DEFAULT_PREFIXES if name.startswith(p)), None)
        if rest is None and name.endswith("_DEFAULT"):
            rest = name.removesuffix("_DEFAULT")
        if rest and (wanted == rest or wanted.endswith("_" + rest)):
            if wanted != rest and _given_to_another(module_source, name, wanted):
                continue
            return Evidence(name, f"the module defines `{name}` for it")
    return None


def _given_to_another(module_source: str, constant: str, wanted: str) -> bool:
    """The module already gives ``constant`` to another subject: ``DEFAULT_TIMEOUT`` read
    as ``.get("timeout", DEFAULT_TIMEOUT)`` or ``timeout: int = DEFAULT_TIMEOUT`` is the
    connection timeout's default, not one for ``lock_timeout`` that merely ends alike."""
    uses = re.finditer(
        rf"""\.get\(\s*["']([^"']+)["']\s*,\s*{constant}\s*\)"""
        rf"|\b(\w+)\s*(?::[^=\n]+)?=\s*{constant}\b(?!\s*[\w.(\[])", module_source)
    owners = {re.sub(r"[^A-Z0-9]+", "_", (m.group(1) or m.group(2)).upper()).strip("_")
              for m in uses}
    owners.discard(constant)
    return bool(owners) and wanted not in owners


def exception_in_module(name: str, module: ast.Module) -> bool:
    """Whether a fix may ``raise name(...)`` in ``module`` without an import: a built-in
    exception, or a class the module defines."""
    builtin = getattr(builtins, name, None)
    return (isinstance(builtin, type) and issubclass(builtin, Exception)) or any(
        isinstance(node, ast.ClassDef) and node.name == name for node in module.body)
