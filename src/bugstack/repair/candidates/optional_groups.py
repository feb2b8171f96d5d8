"""A shorter form the documentation accepts, refused by a regular expression.

A module parses text with a compiled pattern and unpacks its groups::

    _VERSION = re.compile(r"(\\d+)\\.(\\d+)\\.(\\d+)")

    def parse(text: str) -> tuple[int, int, int]:
        major, minor, build = _VERSION.fullmatch(text).groups()

while its documentation says the last field may be left out and what it then is ("old
exports write ``4.2`` only, which means build 0"). Such text crashes with ``'NoneType'
object has no attribute 'groups'``. Refusing it (a guard raising the module's error)
would drop every value in the documented form; the pattern takes the last field as
optional instead, with its separator (``(?:\\.(\\d+))?``), the unpacking gives it the
documented value (``.groups(default="0")``), and text that still does not match raises
the error the function already raises for its argument (``raise NotAVersion(text)``) or
the one its docstring says it raises ("Raises ValueError for anything that is not a
version"), or crashes as before when it raises none. The match may be its own statement
(``match = _VERSION.fullmatch(text.strip())``, then ``match.groups()``), and its argument
the parameter or the parameter stripped.

Backing, all of it required: the pattern is a raw-string module constant given to
``fullmatch``; its last group is a plain capture after a one-character separator; a
sentence of the function's or the module's docstring gives an example that the pattern
without that field matches and the whole pattern does not (the captured text must match
it too), and says that form "means" (is, defaults to, counts as) the last unpacked name
with a value the group itself would match, or a number for a group of digits
(``build 0``). A sentence that calls such an
example not valid, an error, refused or unsupported backs nothing, and a pattern another
function of the module also matches with is not widened.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_nodes
from bugstack.repair.contract import exception_in_module

__all__ = ["DocumentedOptionalGroup"]

_NO_GROUPS = re.compile(r"'NoneType' object has no attribute 'groups'")
_REFUSED = re.compile(r"\b(not|never|no longer|raises?|rejected|refused|invalid|error|"
                      r"unsupported|deprecated|cannot|can't|isn't|aren't|dropped)\b", re.I)
_TOKEN = re.compile(r"`+([^`]+)`+|([^\s(),;`]+)")

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _last_group(pattern: str) -> tuple[str, str] | None:
    """(separator, group) closing the pattern: ``\\.`` and ``(\\d+)`` for ``...\\.(\\d+)``."""
    if not pattern.endswith(")") or pattern.endswith("\\)"):
        return None
    start = pattern.rfind("(")
    group = pattern[start:]
    if start < 2 or group.startswith("(?") or ")" in group[:-1]:
        return None
    head = pattern[:start]
    if head.endswith("\\") and not head.endswith("\\\\"):
        return None
    if len(head) >= 2 and head[-2] == "\\" and head[-1] in ".-_:/+ ":
        return head[-2:], group
    if head[-1] in "-_:/" and head[-2:-1] != "\\":
        return head[-1:], group
    return None


def _sentences(texts: list[str]) -> list[str]:
    return [s.strip() for text in texts
            for s in re.split(r"(?<=\.)\s+(?=[A-Z`(])", re.sub(r"\s*\n\s*", " ", text))
            if s.strip()]


def _fits(group: str, value: str) -> bool:
    """Whether ``value`` is what the group holds: matched by it, or a number for a group of
    digits of a fixed width (``0`` for ``\\d{2}``, which ``int()`` reads alike)."""
    return bool(re.fullmatch(group, value)) or (
        value.isdigit() and re.fullmatch(r"(\\d|\[0-9\])(\{\d+(,\d*)?\}|[+*])?", group)
        is not None)


def _documented_value(texts: list[str], whole: re.Pattern[str], short: re.Pattern[str],
                      name: str, group: str) -> str | None:
    """The value a sentence gives ``name`` for an example of the short form."""
    value = r"`*([^\s`,;)]+?)`*(?=[\s,;)]|\.?$|\.\s)"
    means = re.compile(rf"\b(?:means?|meaning|is|are|defaults? to|counts? as|taken as"
                       rf"|read as)\s+(?:an?\s+|the\s+)?{re.escape(name)}\s+(?:of\s+|=\s*)?"
                       + value, re.I)
    # "a missing patch number counts as 0": the field named first, its value after.
    named_first = re.compile(rf"\b{re.escape(name)}(?:\s+(?:number|field|part|value))?"
                             rf"\s+(?:counts? as|defaults? to|is taken as|is read as)\s+"
                             + value, re.I)
    found = None
    for sentence in _sentences(texts):
        tokens = [(a or b).strip("\"'") for a, b in _TOKEN.findall(sentence)]
        examples = [t for t in tokens if short.fullmatch(t) and not whole.fullmatch(t)]
        if not examples:
            continue
        if _REFUSED.search(sentence):
            return None  # "a tag like v1.9 is not a release"
        said = means.search(sentence) or named_first.search(sentence)
        if said and _fits(group, said.group(1)):
            found = said.group(1)
    return found


def _module_pattern(tree: ast.Module, name: str) -> ast.Constant | None:
    """The raw-string pattern of ``NAME = re.compile(r"...")`` at module level."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name \
                and isinstance(node.value, ast.Call) and ast.unparse(node.value.func) \
                in ("re.compile", "compile") and len(node.value.args) == 1 \
                and not node.value.keywords and isinstance(node.value.args[0], ast.Constant) \
                and isinstance(node.value.args[0].value, str):
            return node.value.args[0]
    return None


def _raised_for(function: FunctionNode, argument: str) -> str | None:
    """The one exception the function raises with its argument (``NotARelease(tag)``), when
    it refuses the text as such: unconditionally, or under a negated test (``if not
    text:``, ``if not tag[:1].isdigit():``). A raise under a plain test (``if
    tag.startswith("nightly-")``) is that case's own answer, not one for text of the wrong
    form."""
    raised = set()
    for node in ast.walk(function):
        for child in ast.iter_child_nodes(node):
            if not (isinstance(child, ast.Raise) and isinstance(child.exc, ast.Call)
                    and [ast.unparse(a) for a in child.exc.args] == [argument]
                    and not child.exc.keywords):
                continue
            # A negated test refuses text that is not what the function reads (``if not
            # tag.lstrip("v")[:1].isdigit()``); a plain one picks out a case of its own.
            refuses = isinstance(node, ast.If) and (
                (isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not))
                or ast.unparse(node.test) == f"{argument} is None")
            if isinstance(node, ast.If) and not refuses:
                return None
            raised.add(ast.unparse(child.exc.func))
    return raised.pop() if len(raised) == 1 else None


_RAISES = re.compile(r"\bRaises\s+`*(\w+)`*\s+(?:for|when|if)\b[^.]*?\bnot\s+(an?\s+\w+)",
                     re.I)


def _documented_raise(function: FunctionNode, tree: ast.Module, argument: str) -> str | None:
    """``ValueError(f"not a version: {text!r}")`` for a docstring saying "Raises ValueError
    for anything that is not a version", when the error is a built-in exception or a class
    of the module."""
    said = _RAISES.search(re.sub(r"\s+", " ", ast.get_docstring(function) or ""))
    if said is None:
        return None
    error = said.group(1)
    return f"{error}(f\"not {said.group(2)}: {{{argument}!r}}\")" \
        if exception_in_module(error, tree) else None


def _matched_by(function: FunctionNode, statement: ast.stmt,
                value: ast.expr) -> tuple[ast.Call, ast.Assign | None] | None:
    """The ``P.fullmatch(...)`` call whose result ``.groups()`` is called on: in place, or
    assigned once to the name it is called on, in a statement of its own before."""
    if isinstance(value, ast.Call):
        return value, None
    if not isinstance(value, ast.Name):
        return None
    assigned = [n for n in ast.walk(function) if isinstance(n, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == value.id for t in n.targets)]
    if len(assigned) != 1 or len(assigned[0].targets) != 1 \
            or not isinstance(assigned[0].value, ast.Call) \
            or assigned[0].lineno >= statement.lineno:
        return None
    return assigned[0].value, assigned[0]


class DocumentedOptionalGroup:
    name = "documented-optional-group"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "AttributeError" or not _NO_GROUPS.search(analysis.message) \
                or crash is None or tree is None \
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) \
                or not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            return
        target, call = statement.targets[0], statement.value
        if not (isinstance(target, ast.Tuple) and all(isinstance(e, ast.Name) for e in target.elts)
                and isinstance(call, ast.Call) and not call.args and not call.keywords
                and isinstance(call.func, ast.Attribute) and call.func.attr == "groups"):
            return
        found_match = _matched_by(function, statement, call.func.value)
        if found_match is None:
            return
        matched, match_statement = found_match
        if not (isinstance(matched.func, ast.Attribute) and matched.func.attr == "fullmatch"
                and isinstance(matched.func.value, ast.Name) and len(matched.args) == 1
                and not matched.keywords):
            return
        given = matched.args[0]
        stripped = isinstance(given, ast.Call) and isinstance(given.func, ast.Attribute) \
            and given.func.attr == "strip" and not given.args and not given.keywords
        subject = given.func.value if isinstance(given, ast.Call) and stripped \
            and isinstance(given.func, ast.Attribute) else given
        if not isinstance(subject, ast.Name):
            return
        argument = subject.id
        literal = _module_pattern(tree, matched.func.value.id)
        written = ast.get_source_segment(crash.source, literal) if literal else None
        if literal is None or written is None or written[:1] not in "rR" \
                or not isinstance(literal.value, str):
            return
        pattern = literal.value
        users = {f.name for f in tree.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                 and any(isinstance(n, ast.Name) and n.id == matched.func.value.id
                         for n in ast.walk(f))}
        if users - {function.name}:
            return  # widening a pattern other functions match with would change them too
        last = _last_group(pattern)
        names = [e.id for e in target.elts if isinstance(e, ast.Name)]
        try:
            whole = re.compile(pattern)
        except re.error:
            return
        if last is None or whole.groups != len(names) \
                or re.search(r"\)[?*]", pattern[:-len(last[0] + last[1])]):
            return  # an earlier optional group would take the default as well
        separator, group = last
        tail = separator + group
        shorter = pattern[:-len(tail)] + f"(?:{tail})?"
        short = re.compile(shorter)
        captured = analysis.values.get(argument)
        try:
            text = ast.literal_eval(captured) if captured else None
        except (ValueError, SyntaxError):
            return
        if isinstance(text, str) and stripped:
            text = text.strip()
        if not isinstance(text, str) or not short.fullmatch(text) or whole.fullmatch(text):
            return  # the crash is not the documented short form
        texts = [t for t in (ast.get_docstring(function), ast.get_docstring(tree)) if t]
        value = _documented_value(texts, whole, short, names[-1], group[1:-1])
        quote = written[1:].lstrip("rRbBuU")[:1]
        if value is None or quote not in "\"'" or quote in value \
                or not written.endswith(tail + quote):
            return
        new_literal = written[:-len(tail + quote)] + f"(?:{tail})?" + quote
        used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
        indent, step = indentation_of(crash.source, statement.lineno), indent_unit(crash.source)
        matcher = ast.get_source_segment(crash.source, matched) or ast.unparse(matched)
        targets = ast.get_source_segment(crash.source, target) or ast.unparse(target)
        if match_statement is None:
            found = next(n for n in ("match", "found", "matched", "parsed") if n not in used)
            lines = [f"{found} = {matcher}"]
        else:
            found, lines = ast.unparse(call.func.value), []
        raised = _raised_for(function, argument)
        error = f"{raised}({argument})" if raised else _documented_raise(
            function, tree, argument)
        if error is not None:
            lines += [f"if {found} is None:", f"{step}raise {error}"]
        lines.append(f"{targets} = {found}.groups(default={quote}{value}{quote})")
        block = ("\n" + indent).join(lines)
        source = replace_nodes(crash.source, [(statement, block), (literal, new_literal)])
        sentence = next(s for s in _sentences(texts) if names[-1] in s and value in s)
        refusal = f", and other text raises {error.split('(')[0]}" if error else ""
        yield Candidate(
            strategy=self.name,
            description=f"Text without the last field (`{text}`) is the documented shorter "
                        f"form: the pattern takes `{tail}` as optional, `{names[-1]}` is "
                        f"{value!r} then{refusal}.",
            edits={crash.path: source}, originals={crash.path: crash.source},
            plausibility=0.8, contract=f"the documentation says: \"{sentence[:200]}\"",
        )
