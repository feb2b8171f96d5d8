"""``unsupported format string passed to NoneType.__format__``: a None given a number's
format in an f-string, where a documented text constant says what the column reads.

``f"{item.name:<28}{item.unit_price:>12.2f}{line_amount(item):>12.2f}"`` fails for an
item whose ``unit_price`` is None (``unit_price: Decimal | None``, commented "None for
made-to-measure pieces, which are priced on request"). The module's
``PRICE_ON_REQUEST = "on request"``, named by the function's docstring ("both prices read
PRICE_ON_REQUEST for an item priced on request"), says what the line shows instead. A
guard answers that case with the same f-string, the constant in place of each value
that is None then, formatted as text at the same width and alignment (``>12``; a number's
default right alignment is kept). ``or 0``, the obvious guard, would print 0.00, which a
reader takes as free.

Backing, all of it required:

* the captured value is None, and its field is declared optional with a comment or
  docstring sentence saying when it is None;
* a module-level text constant of the crashing module is named by a sentence of the
  crashing function's docstring (or, when that names none, by its own comment), and that
  sentence shares at least
  two words with the field's None sentence (the case: "priced on request"); a constant for
  another case ("discontinued") backs nothing, and a sentence that refuses (raise, error)
  backs nothing;
* each other value the f-string gives a number's format is replaced only when the code
  shows it is None in the same case: a repository function declared ``-> X | None`` that
  returns None under ``if <its parameter>.<field> is None`` and is given the same object.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.captured_types import captured_type
from bugstack.repair.candidates.edits import insert_before_statement, replace_node

__all__ = ["NoneFormattedAsNumber"]

_MESSAGE = "unsupported format string passed to NoneType.__format__"
# [[fill]align][sign][z][#][0][width][grouping][.precision][type]
_SPEC = re.compile(r"(?P<align>.?[<>=^])?[+\- ]?z?#?0?(?P<width>\d*)[,_]?(\.\d+)?"
                   r"(?P<type>[bcdeEfFgGnosxX%]?)")
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")
_REFUSES = re.compile(r"\b(raises?|errors?|reject(s|ed)?|refuse[sd]?|invalid|never shown)\b",
                      re.I)
_COMMON = {"the", "and", "for", "with", "when", "which", "that", "this", "these", "those",
           "none", "are", "is", "was", "were", "has", "have", "its", "their", "they", "not",
           "after", "before", "read", "reads", "say", "says", "what", "both", "each", "item",
           "items", "value", "values", "column", "columns", "line", "lines", "shows", "show"}


def _words(text: str, drop: str = "") -> set[str]:
    text = text.replace(drop, " ") if drop else text
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)
            if len(w) >= 4 and w.lower() not in _COMMON}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", text)) if s.strip()]


def _comment_above(lines: list[str], lineno: int) -> str:
    found: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        found.insert(0, lines[index].strip().lstrip("#:").strip())
        index -= 1
    return " ".join(found)


def text_spec(spec: str) -> str | None:
    """A number's format spec as text takes it: the fill, alignment and width kept (right
    aligned, as the number was, when it named none), the rest dropped."""
    match = _SPEC.fullmatch(spec)
    if match is None:
        return None
    align, width = match.group("align") or "", match.group("width")
    if align.endswith("="):
        align = align[:-1] + ">"  # "=" pads after a sign, which text has not
    if not align and width:
        align = ">"
    return f"{align}{width}"


def _optional(annotation: ast.expr | None) -> bool:
    text = ast.unparse(annotation) if annotation is not None else ""
    return "None" in text or text.startswith(("Optional[", "typing.Optional["))


def _none_sentence(analysis: Analysis, function: ast.FunctionDef | ast.AsyncFunctionDef,
                   value: ast.Attribute) -> tuple[str, str] | None:
    """(class name, the sentence saying when the field is None) for ``param.field`` whose
    parameter is annotated with a repository class declaring the field optional."""
    if not isinstance(value.value, ast.Name):
        return None
    owner = value.value.id
    arguments = [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]
    annotation = next((a.annotation for a in arguments if a.arg == owner), None)
    if not isinstance(annotation, ast.Name):
        return None
    classes = [(text, node) for _, text, tree in analysis.parsed_files(f"class {annotation.id}")
               for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef) and node.name == annotation.id]
    if len(classes) != 1:
        return None
    text, cls = classes[0]
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.target.id == value.attr and _optional(node.annotation):
            said = _comment_above(text.splitlines(), node.lineno) + " " + (
                text.splitlines()[node.lineno - 1].split("#", 1)[1]
                if "#" in text.splitlines()[node.lineno - 1] else "")
            said += " " + " ".join(s for s in _sentences(ast.get_docstring(cls) or "")
                                   if re.search(rf"\b{value.attr}\b", s))
            sentence = next((s for s in _sentences(said) if re.search(r"\bNone\b", s)), None)
            return (cls.name, sentence) if sentence else None
    return None


def _none_in_same_case(analysis: Analysis, call: ast.expr, culprit: ast.Attribute) -> bool:
    """Whether ``call`` is a repository function given the culprit's object, declared
    Optional, that returns None under ``if <parameter>.<field> is None``."""
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and len(call.args) == 1
            and not call.keywords and ast.unparse(call.args[0]) == ast.unparse(culprit.value)):
        return False
    found = analysis.definitions(call.func.id)
    if len(found) != 1:
        return False
    _, function = found[0]
    parameters = [*function.args.posonlyargs, *function.args.args]
    if not parameters or not _optional(function.returns):
        return False
    guard = f"{parameters[0].arg}.{culprit.attr} is None"
    return any(isinstance(n, ast.If) and ast.unparse(n.test) == guard and n.body
               and isinstance(n.body[0], ast.Return)
               and (n.body[0].value is None or ast.unparse(n.body[0].value) == "None")
               for n in ast.walk(function))


class NoneFormattedAsNumber:
    name = "none-formatted-as-number"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "TypeError" or _MESSAGE not in analysis.message \
                or crash is None or statement is None or function is None or tree is None:
            return
        strings = [n for n in ast.walk(statement) if isinstance(n, ast.JoinedStr)]
        for joined in strings:
            formatted = [v for v in joined.values if isinstance(v, ast.FormattedValue)]
            culprits = [v for v in formatted if isinstance(v.value, ast.Attribute)
                        and v.format_spec is not None
                        and captured_type(analysis, v.value) == "NoneType"]
            if len(culprits) != 1:
                continue
            culprit = culprits[0].value
            assert isinstance(culprit, ast.Attribute)
            yield from self._guard(analysis, joined, formatted, culprit)

    def _guard(self, analysis: Analysis, joined: ast.JoinedStr,
               formatted: list[ast.FormattedValue], culprit: ast.Attribute,
               ) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        assert crash is not None and statement is not None and function is not None \
            and tree is not None
        case = _none_sentence(analysis, function, culprit)
        if case is None:
            return
        lines = crash.source.splitlines()
        constants = {n.targets[0].id: n for n in tree.body if isinstance(n, ast.Assign)
                     and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                     and _CONSTANT.match(n.targets[0].id) and isinstance(n.value, ast.Constant)
                     and isinstance(n.value.value, str)}
        # The crashing function's docstring speaks for it first; a constant's own comment
        # ("closing line of a quote with a line priced on request") only when it is silent.
        backed: dict[str, str] = {}
        for tier in ("docstring", "comment"):
            for name, node in constants.items():
                said = [s for s in _sentences(ast.get_docstring(function) or "")
                        if re.search(rf"\b{name}\b", s)] if tier == "docstring" \
                    else _sentences(_comment_above(lines, node.lineno))
                for sentence in said:
                    shared = _words(sentence, name) & _words(case[1])
                    if len(shared) >= 2 and not _REFUSES.search(sentence):
                        backed.setdefault(name, sentence)
            if backed:
                break
        if len(backed) != 1:
            return  # silent, or two constants for one case
        ((constant, sentence),) = backed.items()
        replaced = copy.deepcopy(joined)
        for original, copied in zip(formatted, [v for v in replaced.values
                                              if isinstance(v, ast.FormattedValue)],
                                   strict=True):
            if original.format_spec is None:
                continue
            if original.value is culprit or _none_in_same_case(analysis, original.value, culprit):
                pieces = original.format_spec.values if isinstance(
                    original.format_spec, ast.JoinedStr) else []
                if len(pieces) != 1 or not isinstance(pieces[0], ast.Constant):
                    return  # a nested spec ({x:>{width}}) is not read here
                spec = text_spec(str(pieces[0].value)) or ""
                copied.value = ast.Name(id=constant, ctx=ast.Load())
                copied.conversion = -1
                copied.format_spec = ast.JoinedStr(values=[ast.Constant(value=spec)]) if spec \
                    else None
        alternative = ast.unparse(replaced)
        written = ast.get_source_segment(crash.source, joined) or ast.unparse(joined)
        if written.startswith('f"') and alternative.startswith("f'") and '"' not in alternative:
            alternative = 'f"' + alternative[2:-1] + '"'  # the file's own quotes
        test = f"{ast.unparse(culprit)} is None"
        if isinstance(statement, ast.Return) and statement.value is joined:
            edited = insert_before_statement(crash.source, statement,
                                             [f"if {test}:", f"\treturn {alternative}"])
        else:
            edited = replace_node(crash.source, joined,
                                  f"({alternative} if {test} else {written})")
        yield Candidate(
            strategy=self.name,
            description=f"When `{ast.unparse(culprit)}` is None the line shows `{constant}` "
                        "in the columns that format it as a number, instead of failing.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.85,
            contract=f"`{case[0]}.{culprit.attr}` is None \"{case[1][:120]}\"; "
                     f"`{constant}`: \"{sentence[:140]}\"",
        )
