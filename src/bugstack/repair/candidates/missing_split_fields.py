"""``tag, weight = part.split(";q=")`` meets a part without the optional field.

"not enough values to unpack (expected 2, got 1)" says the text had no separator, so the
field after it is missing. When the documentation says what such a text means ("a part
without a weight has weight 1.0"), the split becomes a ``partition``, which gives the
missing field as ``""``, and the one place that reads the field as a number answers the
documented value for it: ``float(weight) if weight else 1.0``. Skipping the part, or
falling back to some default for the whole text, would both answer something the
documentation does not say.

The sentence must name the field (the last name of the unpacking, or its separator)
after "without" or "no", and give it a number; the field must be read exactly once, by
``float()`` or ``int()`` of it alone (an ``int`` field documented with a fraction backs
nothing). A sentence that skips, ignores or rejects such texts, a second field missing
(expected 3), a ``_`` the function already uses, or silent documentation gets nothing.

A text field documented with a default ("the direction is optional and defaults to
``asc``") gets the partition and, on the next line, ``direction = direction or "asc"``;
a sentence about the field that refuses, or two different defaults, back nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.contract_items import documentation_near

__all__ = ["MissingSplitField"]

_NOT_ENOUGH = re.compile(r"not enough values to unpack \(expected 2, got 1\)")
_REFUSED = re.compile(r"\b(skip(s|ped)?|ignor(e|es|ed)|reject(s|ed)?|rais(e|es|ed)|invalid"
                      r"|errors?|not allowed|must have)\b", re.I)


def _without(field: str, separator: str) -> str:
    """'without a weight', 'no ``;q=``': the text that lacks the field."""
    names = [re.escape(field) + "s?"]
    names.append(r"`*" + re.escape(separator) + r"`*")
    return (r"\b(?:without|with\s+no|lacking|missing)\s+(?:(?:a|an|the|any)\s+)?(?:"
            + "|".join(names) + r")(?![\w])")


def _default(texts: list[tuple[str, str]], field: str, separator: str) -> tuple[str, str] | None:
    """The number the documentation gives a text without the field, and the sentence;
    None when it gives none, or when a sentence about such texts refuses them."""
    without = re.compile(_without(field, separator), re.I)
    gives = re.compile(
        without.pattern + r"[^.;]*?\b(?:has|have|gets?|is|are|defaults?\s+to|counts?\s+as"
        r"|means?|takes?)\s+(?:(?:a|an|the)\s+)?(?:" + re.escape(field)
        + r"s?\s+(?:of\s+)?)?(?P<value>-?\d+(?:\.\d+)?)(?![\w.]*\d)", re.I)
    found: tuple[str, str] | None = None
    for where, text in texts:
        text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
        for sentence in (s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n\s*\n", text)):
            if not without.search(sentence):
                continue
            if _REFUSED.search(sentence):
                return None
            match = gives.search(sentence)
            if match is None:
                continue
            if found is not None and match.group("value") != found[0]:
                return None  # two numbers for the same case
            found = found or (match.group("value"), f'{where} says: "{sentence[:200]}"')
    return found


def _function(tree: ast.Module, lineno: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    return min((n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                and n.lineno <= lineno <= (n.end_lineno or n.lineno)),
               key=lambda n: (n.end_lineno or n.lineno) - n.lineno, default=None)


class MissingSplitField:
    name = "split-missing-field"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, tree = analysis.crash, analysis.tree
        if analysis.exc_type != "ValueError" or not _NOT_ENOUGH.search(analysis.message) \
                or crash is None or tree is None:
            return
        statement = analysis.statement or enclosing_statement(tree, crash.lineno)
        function = _function(tree, crash.lineno)
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Tuple) and function is not None):
            return
        target, call = statement.targets[0], statement.value
        if not (len(target.elts) == 2 and all(isinstance(e, ast.Name) for e in target.elts)
                and isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "split" and len(call.args) == 1 and not call.keywords
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str) and call.args[0].value):
            return
        first, field = (e.id for e in target.elts if isinstance(e, ast.Name))
        separator = call.args[0].value
        if any(isinstance(n, ast.Name) and n.id == "_" for n in ast.walk(function)):
            return  # `_` means something here (gettext): the partition cannot drop into it
        reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == field
                 and isinstance(n.ctx, ast.Load)]
        stores = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == field
                  and isinstance(n.ctx, ast.Store)]
        if not reads or len(stores) != 1:
            return
        use = next((n for n in ast.walk(function) if isinstance(n, ast.Call)
                    and isinstance(n.func, ast.Name) and n.func.id in ("float", "int")
                    and len(n.args) == 1 and n.args[0] is reads[0] and not n.keywords), None)
        texts: list[tuple[str, str]] = []
        for frame in reversed(site.frames):
            try:
                texts += documentation_near(frame.source, ast.parse(frame.source), frame.lineno)
            except SyntaxError:
                continue
        if use is None or len(reads) != 1:
            yield from self._text_default(analysis, statement, texts, first, field, separator)
            return
        documented = _default(texts, field, separator)
        if documented is None:
            return
        value, contract = documented
        assert isinstance(use.func, ast.Name)
        if use.func.id == "int":
            if not re.fullmatch(r"-?\d+", value):
                return
            literal = str(int(value))
        else:
            literal = repr(float(value))
        source = crash.source
        receiver = ast.get_source_segment(source, call.func.value) or ast.unparse(call.func.value)
        sep = ast.get_source_segment(source, call.args[0]) or repr(separator)
        conversion = ast.get_source_segment(source, use) or ast.unparse(use)
        edited = replace_nodes(source, [
            (target, f"{first}, _, {field}"),
            (call, f"{receiver}.partition({sep})"),
            (use, f"{conversion} if {field} else {literal}"),
        ])
        yield Candidate(
            strategy=self.name,
            description=f"A text without {separator!r} no longer fails to unpack: "
                        f"`.partition()` gives `{field}` as '' and that case now counts as "
                        f"the documented {literal}.",
            edits={crash.path: edited}, originals={crash.path: source}, plausibility=0.85,
            contract=contract,
        )

    def _text_default(self, analysis: Analysis, statement: ast.Assign,
                      texts: list[tuple[str, str]], first: str, field: str,
                      separator: str) -> Iterator[Candidate]:
        """A text field documented "optional, defaults to ``asc``": the partition gives it
        as '' and the next line gives it the documented text."""
        crash = analysis.crash
        assert crash is not None and isinstance(statement.value, ast.Call)
        documented = _text_default(texts, field)
        if documented is None:
            return
        value, contract = documented
        call = statement.value
        assert isinstance(call.func, ast.Attribute)
        source = crash.source
        receiver = ast.get_source_segment(source, call.func.value) or ast.unparse(call.func.value)
        sep = ast.get_source_segment(source, call.args[0]) or repr(separator)
        line = source.splitlines()[statement.lineno - 1]
        indent = line[:len(line) - len(line.lstrip())]
        partitioned = replace_nodes(source, [(statement.targets[0], f"{first}, _, {field}"),
                                             (call, f"{receiver}.partition({sep})")])
        lines = partitioned.splitlines(keepends=True)
        end = statement.end_lineno or statement.lineno
        # Quoted like the file around it.
        text = f'"{value}"' if source.count('"') > source.count("'") else repr(value)
        lines.insert(end, f"{indent}{field} = {field} or {text}\n")
        yield Candidate(
            strategy=self.name,
            description=f"A text without {separator!r} no longer fails to unpack: "
                        f"`.partition()` gives `{field}` as '' and that case now counts as "
                        f"the documented {value!r}.",
            edits={crash.path: "".join(lines)}, originals={crash.path: source},
            plausibility=0.85, contract=contract,
        )


def _text_default(texts: list[tuple[str, str]], field: str) -> tuple[str, str] | None:
    """The text the documentation gives ``field`` when it is left out ("the direction is
    optional and defaults to ``asc``"), and the sentence; None when none, or refused."""
    names = re.escape(field) + "s?"
    gives = re.compile(rf"\b{names}\b[^.;]*?\bdefaults?\s+to\s+(?:``|`|\"|')"
                       r"(?P<value>[\w.-]+)(?:``|`|\"|')", re.I)
    found: tuple[str, str] | None = None
    for where, text in texts:
        text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
        for sentence in (s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n\s*\n", text)):
            if re.search(rf"\b{names}\b", sentence, re.I) and _REFUSED.search(sentence):
                return None  # a text without the field is refused somewhere
            match = gives.search(sentence)
            if match is None:
                continue
            if found and found[0] != match.group("value"):
                return None
            found = found or (match.group("value"), f'{where} says: "{sentence[:200]}"')
    return found

