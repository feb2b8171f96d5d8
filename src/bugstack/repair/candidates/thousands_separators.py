"""A number written with a documented thousands separator: ``float("3,150.00")``.

``parse_amount`` calls ``float(text)``, and its docstring says the bank groups thousands
with commas ('1,234.50') and the decimal separator is always the point. The separator is
then dropped before the conversion (``float(text.replace(",", ""))``). Reading the comma
as a decimal comma, the usual guess for European exports, would make 1,200.00 an error
or 1.2, and skipping the row would lose the money.

Backing, all of it required: the captured text is digits grouped in threes by one
separator (``3,150.00``, ``1 234``, ``-12,000``), with at most a decimal part after a
different mark; a sentence of the function's or the module's docstring speaks of
thousands (or digit groups) and names that separator, in words ("commas") or by an
example grouped the same way; and the decimal mark is established as another character,
by a sentence ("the decimal separator is always the point") or by that example
('1,234.50'). A sentence that refuses the grouping ("never", "rejected", "without"), a
decimal mark documented as the separator itself, or a text grouped otherwise ("1,23")
backs nothing, and nothing is proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["DocumentedThousandsSeparator"]

#: The separators a grouped number is written with, and how a sentence names each.
_SEPARATOR_WORDS = {",": r"commas?", ".": r"(points?|dots?|periods?|full stops?)",
                    " ": r"spaces?", "'": r"apostrophes?", "_": r"underscores?"}
_DECIMAL_WORDS = {",": r"comma", ".": r"(point|dot|period|full stop)"}
_GROUPED = re.compile(r"^\s*[+-]?\d{1,3}(?P<sep>[,. '_])\d{3}(?:(?P=sep)\d{3})*"
                      r"(?:(?P<mark>[.,])\d+)?\s*$")
_THOUSANDS = re.compile(r"\b(thousands?|digit groups?)\b", re.I)
#: "grouped" alone may be about rows ("grouped by month"): it needs a grouped example.
_GROUPS = re.compile(r"\bgroup(s|ed|ing)?\b", re.I)
_REFUSAL = re.compile(r"\b(reject\w*|invalid|errors?|raises?|fails?|never|without|"
                      r"not (allowed|accepted|supported|used))\b", re.I)
_DECIMAL_MARK = re.compile(r"\bdecimal (separator|mark|point|sign)s?\b[^.;]*?\b(is|are)\b"
                           r"(?P<rest>[^;]*)", re.I)
_CONVERTERS = {"float", "int", "Decimal", "decimal.Decimal"}
_MESSAGES = ("could not convert string to float", "invalid literal for int()",
             "ConversionSyntax")


def _sentences(texts: list[str]) -> list[str]:
    """Sentences, split at a full stop followed by a space (not inside '1,234.50')."""
    found: list[str] = []
    for text in texts:
        found += [s.strip() for s in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", text))]
    return found


def _examples(sentence: str) -> list[re.Match[str]]:
    """Numbers quoted in the sentence that are grouped in threes."""
    quoted = re.findall(r"['\"`]+([^'\"`]+)['\"`]+", sentence)
    return [m for m in (_GROUPED.match(q) for q in quoted) if m is not None]


def _documented_mark(sentences: list[str]) -> str | None:
    """The decimal mark a sentence names ("the decimal separator is always the point")."""
    for sentence in sentences:
        found = _DECIMAL_MARK.search(sentence)
        if found is None or _REFUSAL.search(found["rest"]):
            continue
        marks = [m for m, word in _DECIMAL_WORDS.items()
                 if re.search(rf"\b{word}\b", found["rest"], re.I)]
        if len(marks) == 1:
            return marks[0]
    return None


def _grouping_sentence(sentences: list[str], separator: str) -> tuple[str, str | None] | None:
    """The sentence documenting ``separator`` as the thousands separator, with the decimal
    mark its example shows (None when it shows none)."""
    for sentence in sentences:
        if _REFUSAL.search(sentence):
            continue
        examples = [m for m in _examples(sentence) if m["sep"] == separator]
        # "a decimal comma" names the comma, but not as the one between thousands.
        named = re.search(rf"(?<!decimal )\b{_SEPARATOR_WORDS[separator]}\b", sentence, re.I)
        if (_THOUSANDS.search(sentence) and (named or examples)) \
                or (_GROUPS.search(sentence) and examples):
            marks = {m["mark"] for m in examples if m["mark"]}
            return sentence, marks.pop() if len(marks) == 1 else None
    return None


def _converted(converter: str, text: str) -> bool:
    try:
        if converter == "int":
            int(text)
        elif converter == "float":
            float(text)
        else:
            Decimal(text)
    except (ValueError, InvalidOperation):
        return False
    return True


def _captured_text(node: ast.expr, analysis: Analysis) -> str | None:
    captured = analysis.values.get(ast.unparse(node))
    if captured is None:
        quoted = re.search(r": (?P<text>'[^']*'|\"[^\"]*\")$", analysis.message)
        captured = quoted["text"] if quoted else None
    try:
        value = ast.literal_eval(captured) if captured is not None else None
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


class DocumentedThousandsSeparator:
    name = "documented-thousands-separator"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type not in ("ValueError", "InvalidOperation") or crash is None \
                or statement is None or tree is None \
                or not any(m in analysis.message for m in _MESSAGES):
            return
        texts = [t for t in (ast.get_docstring(function) if function else None,
                             ast.get_docstring(tree)) if t]
        sentences = _sentences(texts)
        for call in ast.walk(statement):
            if not (isinstance(call, ast.Call) and ast.unparse(call.func) in _CONVERTERS
                    and len(call.args) == 1 and not call.keywords):
                continue
            converter = ast.unparse(call.func).rsplit(".", 1)[-1]
            text = _captured_text(call.args[0], analysis)
            grouped = _GROUPED.match(text) if text is not None else None
            if text is None or grouped is None:
                continue
            separator, captured_mark = grouped["sep"], grouped["mark"]
            documented = _grouping_sentence(sentences, separator)
            if documented is None:
                continue
            sentence, example_mark = documented
            named_mark = _documented_mark(sentences)
            marks = {m for m in (named_mark, example_mark) if m is not None}
            if len(marks) != 1:
                continue  # no decimal mark established, or two that disagree
            mark = marks.pop()
            if mark == separator or captured_mark not in (None, mark):
                continue
            normalised = text.replace(separator, "")
            if mark != ".":
                normalised = normalised.replace(mark, ".")
            if not _converted(converter, normalised.strip()):
                continue
            argument = call.args[0]
            spelled = ast.get_source_segment(crash.source, argument) or ast.unparse(argument)
            if not isinstance(argument, ast.Name | ast.Attribute | ast.Subscript | ast.Call):
                spelled = f"({spelled})"
            fixed = f'{spelled}.replace("{separator}", "")'
            if mark != ".":
                fixed += f'.replace("{mark}", ".")'
            yield Candidate(
                strategy=self.name,
                description=f"`{spelled}` is written with {separator!r} between thousands, "
                            f"as documented; the separator is dropped before `{converter}()` "
                            "reads the number.",
                edits={crash.path: replace_node(crash.source, argument, fixed)},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f"the documentation says: \"{sentence[:160]}\"",
            )
