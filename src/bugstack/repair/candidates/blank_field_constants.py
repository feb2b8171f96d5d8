"""A blank form field converted to a number, where a constant's comment says what a blank
field means.

::

    #: What a blank "tiers" box on the order form means: most cakes are single-tier.
    DEFAULT_TIERS = 1

    tiers = int(request.form["tiers"])

raises "invalid literal for int() with base 10: ''" for an order that left the box
empty. The code has already said what that box means, so the blank reads as the
constant (imported beside the names the module already takes from there)::

    tiers = int(request.form["tiers"].strip() or DEFAULT_TIERS)

``or 0`` (the obvious guard) prices a cake with no tiers at all, and a 400 turns away a
normal order.

Backing, all required:

* a ValueError of ``int()``, ``float()`` or ``Decimal()`` on a blank text (the message
  quotes it), raised by a statement with exactly one such conversion, of a field read
  by its name (``form["tiers"]``, ``form.get("tiers")``) or of a local named for it;
* exactly one module constant, in the crashed module or in a module it imports names
  from, has a comment (or, for a constant of the crashed module, a docstring sentence)
  naming that field, saying blank or empty, and saying what it means, stands for or
  defaults to, without a negation or a refusal ("a blank box is rejected");
* the constant's value fits the conversion (an int for ``int()``, a number for
  ``float()``), its name holds the field's (``DEFAULT_TIERS`` for ``tiers``, not
  ``CUPCAKES_PER_BOX``), and its comment counts in the unit the function's words give the
  field, if both name one;
* the crashed function's docstring says nothing of its own blank field (a birthday form
  "whose tiers box was left blank orders a one-tier cake" is that function's answer).

``Decimal()`` of a blank text raises ``InvalidOperation`` with no value in its message:
the captured values must show the field blank. Review 24 beat the first version with 3
wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_node, replace_nodes
from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["BlankFieldDocumentedConstant"]

_BLANK_LITERAL = re.compile(r"^(?:invalid literal for int\(\) with base \d+"
                            r"|could not convert string to float): (?:'\s*'|\"\s*\")$")
_CONVERTERS = {"int": (int,), "float": (int, float), "Decimal": (int, str)}
_BLANK = re.compile(r"\b(?:blank|empty|left\s+empty|left\s+blank)\b", re.I)
_MEANS = re.compile(r"\b(?:means?|stands?\s+for|is\s+(?:read|taken|counted)\s+as|counts?\s+as"
                    r"|defaults?\s+to)\b", re.I)
_REFUSES = re.compile(r"\b(?:not|never|no\s+longer|reject\w*|refus\w*|invalid|errors?|rais\w*"
                      r"|fail\w*|must|required)\b|n't\b", re.I)
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _conversions(statement: ast.stmt) -> list[ast.Call]:
    return [n for n in ast.walk(statement) if isinstance(n, ast.Call) and len(n.args) == 1
            and not n.keywords and isinstance(n.func, ast.Name) and n.func.id in _CONVERTERS]


def _field_name(read: ast.expr) -> str | None:
    """``tiers`` for ``form["tiers"]``, ``form.get("tiers")`` or a local ``tiers``."""
    if isinstance(read, ast.Subscript) and isinstance(read.slice, ast.Constant) \
            and isinstance(read.slice.value, str):
        return read.slice.value
    if isinstance(read, ast.Call) and isinstance(read.func, ast.Attribute) \
            and read.func.attr == "get" and read.args and isinstance(read.args[0], ast.Constant) \
            and isinstance(read.args[0].value, str):
        return read.args[0].value
    return read.id if isinstance(read, ast.Name) else None


def _says_blank_means(text: str, field: str) -> str | None:
    named = re.compile(rf"(?<![\w-]){re.escape(field)}(?![\w-])", re.I)
    for sentence in sentences(text):
        if named.search(sentence) and _BLANK.search(sentence) and _MEANS.search(sentence) \
                and not _REFUSES.search(sentence):
            return sentence
    return None


def _module_for(analysis: Analysis, module: str) -> tuple[str, str] | None:
    """(path, text) of the repository file of ``module`` (``bakery.cakes``)."""
    tail = "/".join(module.split(".")) + ".py"
    found = [rel for rel in analysis.python_files() if rel == tail or rel.endswith("/" + tail)]
    text = analysis.read(found[0]) if len(found) == 1 else None
    return (found[0], text) if text is not None else None


def _documented_constants(text: str, field: str, own: bool) -> list[tuple[str, ast.expr, str]]:
    """(name, value, sentence) of the module constants documented for a blank ``field``."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    lines = text.splitlines()
    docstring = (ast.get_docstring(tree) or "") if own else ""
    found = []
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if not isinstance(target, ast.Name) or not _CONSTANT.match(target.id) or value is None:
            continue
        said = _says_blank_means(comments_above(lines, node.lineno), field)
        if said is None and own:
            said = next((s for s in sentences(docstring) if target.id in s
                         and _says_blank_means(s, field)), None)
        if said is not None:
            found.append((target.id, value, said))
    return found


_UNITS = re.compile(r"\b(minutes?|hours?|seconds?|days?|weeks?|months?|years?|pence|pounds?"
                    r"|euros?|dollars?|cents?|per\s*cent|percent|grams?|kilo\w*|metres?|litres?)"
                    r"\b", re.I)


def _unit(text: str) -> set[str]:
    return {m.group(1).lower().rstrip("s").replace(" ", "") for m in _UNITS.finditer(text)}


def _named_for(constant: str, field: str) -> bool:
    """``DEFAULT_TIERS`` is named for ``tiers``: every word of the field is in its name."""
    words = {w.lower().removesuffix("s") for w in constant.split("_")}
    return all(w.lower().removesuffix("s") in words for w in field.split("_") if w)


def _other_unit(said: str, analysis: Analysis, field: str) -> bool:
    """The constant's comment counts in one unit, the function's words on the field in
    another ("the standard session, in minutes" for a ``duration`` "in hours")."""
    own = [s for text in (ast.get_docstring(analysis.function) if analysis.function
                          and not isinstance(analysis.function, ast.Lambda) else None,)
           if text for s in sentences(text) if re.search(rf"\b{re.escape(field)}\b", s)]
    theirs, ours = _unit(said), {u for s in own for u in _unit(s)}
    return bool(theirs and ours and not theirs & ours)


def _own_word_on_blank(analysis: Analysis, field: str) -> bool:
    """The crashed function's docstring speaks of its own blank ``field``."""
    function = analysis.function
    if function is None or isinstance(function, ast.Lambda):
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(field)}(?![\w-])", re.I)
    return any(named.search(s) and _BLANK.search(s)
               for s in sentences(ast.get_docstring(function) or ""))


def _captured_blank(read: ast.expr, values: dict[str, str]) -> bool:
    """Whether the captured values show ``read`` (``form["tip"]``, ``tip``) blank."""
    base = read.value if isinstance(read, ast.Subscript) else read.func.value \
        if isinstance(read, ast.Call) and isinstance(read.func, ast.Attribute) else read
    key = _field_name(read)
    if not isinstance(base, ast.Name):
        return False
    try:
        captured = ast.literal_eval(values.get(base.id, ""))
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return False
    value = captured.get(key) if isinstance(captured, dict) and read is not base else captured
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]  # sentry-sdk keeps a container's items as their reprs
    return isinstance(value, str) and not value.strip()


class BlankFieldDocumentedConstant:
    name = "blank-field-documented-constant"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None:
            return
        decimal_blank = analysis.exc_type.rsplit(".", 1)[-1] == "InvalidOperation" \
            and "ConversionSyntax" in analysis.message
        if not ((analysis.exc_type == "ValueError" and _BLANK_LITERAL.match(analysis.message))
                or decimal_blank):
            return
        conversions = _conversions(statement)
        if len(conversions) != 1:
            return
        conversion = conversions[0]
        assert isinstance(conversion.func, ast.Name)
        read = conversion.args[0]
        field = _field_name(read)
        if field is None or (decimal_blank and not _captured_blank(read, analysis.values)):
            return  # Decimal's message quotes nothing: the captured value must be blank
        if _own_word_on_blank(analysis, field):
            return  # the function says what its own blank box means
        found: list[tuple[tuple[str, ast.expr, str], ast.ImportFrom | None]] = [
            (c, None) for c in _documented_constants(crash.source, field, own=True)]
        imports = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module
                   and n.level == 0]
        for node in imports:
            located = _module_for(analysis, node.module or "")
            if located is not None and located[0] != crash.path:
                found += [(c, node) for c in _documented_constants(located[1], field, own=False)]
        if len(found) != 1:
            return  # none, or several constants for the one field
        (constant, value, said), importer = found[0]
        if not _named_for(constant, field) or _other_unit(said, analysis, field):
            return  # "CUPCAKES_PER_BOX" is no number of tiers; minutes are no hours
        kinds = _CONVERTERS[conversion.func.id]
        if not (isinstance(value, ast.Constant) and isinstance(value.value, kinds)
                and not isinstance(value.value, bool)):
            return
        segment = ast.get_source_segment(crash.source, read) or ast.unparse(read)
        blank = f"{segment}.strip()" if not isinstance(read, ast.Name) else segment
        if importer is None or any((a.asname or a.name) == constant for a in importer.names):
            edited = replace_node(crash.source, read, f"{blank} or {constant}")
        else:
            names = [*(ast.unparse(a) for a in importer.names), constant]
            if [a.name for a in importer.names] == sorted(a.name for a in importer.names):
                names.sort(key=lambda n: n.split(" as ")[0])
            line = f"from {importer.module} import {', '.join(names)}"
            if importer.lineno == importer.end_lineno and len(line) <= 99:
                edited = replace_nodes(crash.source, [(importer, line),
                                                      (read, f"{blank} or {constant}")])
            else:
                edited = insert_import(replace_node(crash.source, read,
                                                    f"{blank} or {constant}"),
                                       f"from {importer.module} import {constant}")
        where = f" (from `{importer.module}`)" if importer else ""
        yield Candidate(
            strategy=self.name,
            description=f"A blank `{field}` now reads as `{constant}`{where} instead of "
                        f"raising ValueError in `{conversion.func.id}()`.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.85, contract=f'`{constant}` is documented: "{said[:200]}"',
        )
