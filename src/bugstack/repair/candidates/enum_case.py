"""An enum built from text in a letter case its documentation says does not matter.

``OrderStatus("Shipped")`` raises "'Shipped' is not a valid OrderStatus" when every value
of the enum is written lower-case ("shipped") while the docstring of the function (or of
the enum) says the text is "matched case-insensitively". The text is put in the values'
own case before the lookup: ``OrderStatus(status.lower())``.

Backing, all required: the enum is a class of the repository whose members are all
string constants written in one case (all lower or all upper); the text refused is one of
them in that case; and the crashed function's or the enum's docstring has a sentence
saying letter case does not matter ("case-insensitive", "in any letter case", "ignoring
case"), not negated. A silent docstring, a value that is not a member in any case, or
members of mixed case back nothing: answering 400 or ignoring the filter are other
contracts this strategy cannot tell apart.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["EnumLetterCase"]

_REFUSED = re.compile(r"^(?P<value>'[^']*'|\"[^\"]*\") is not a valid (?P<enum>\w+)$")
_CASE_DOES_NOT_MATTER = re.compile(
    r"case[- ]?insensitiv\w*|\bignor\w*\s+(?:the\s+)?(?:letter\s+)?case\b"
    r"|\bregardless\s+of\s+(?:the\s+)?(?:letter\s+)?case\b"
    r"|\b(?:in\s+)?(?:any|every|whatever)\s+letter\s+case\b"
    r"|\bletter\s+case\s+(?:does\s+not|doesn't|never)\s+matters?\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b(?!\s+matter)", re.IGNORECASE)


def _sentence(text: str | None) -> str | None:
    """The first sentence of ``text`` saying letter case does not matter."""
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join((text or "").split())):
        found = _CASE_DOES_NOT_MATTER.search(sentence)
        if found is None:
            continue
        if "matter" not in found.group(0).lower() and _NEGATION.search(sentence):
            return None  # "is not matched case-insensitively"
        return sentence
    return None


def _enum_class(analysis: Analysis, name: str) -> ast.ClassDef | None:
    found = [node for _, _, tree in analysis.parsed_files(f"class {name}")
             for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef) and node.name == name
             and any("Enum" in ast.unparse(base) for base in node.bases)]
    return found[0] if len(found) == 1 else None


def _values(enum: ast.ClassDef) -> list[str] | None:
    values: list[str] = []
    for item in enum.body:
        if isinstance(item, ast.Assign) and len(item.targets) == 1 \
                and isinstance(item.targets[0], ast.Name) and item.targets[0].id.isupper():
            if not (isinstance(item.value, ast.Constant) and isinstance(item.value.value, str)):
                return None
            values.append(item.value.value)
    return values or None


class EnumLetterCase:
    name = "enum-letter-case"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "ValueError" or crash is None or statement is None \
                or function is None or statement is function:
            return
        refused = _REFUSED.match(analysis.message.strip())
        if refused is None:
            return
        value, name = ast.literal_eval(refused.group("value")), refused.group("enum")
        enum = _enum_class(analysis, name)
        members = _values(enum) if enum is not None else None
        if enum is None or members is None:
            return
        if all(m == m.lower() for m in members):
            case = "lower"
        elif all(m == m.upper() for m in members):
            case = "upper"
        else:
            return
        if getattr(value, case)() not in members or value in members:
            return
        said = _sentence(ast.get_docstring(function)) or _sentence(ast.get_docstring(enum))
        if said is None:
            return
        calls = [node for node in ast.walk(statement) if isinstance(node, ast.Call)
                 and ast.unparse(node.func).split(".")[-1] == name
                 and len(node.args) == 1 and not node.keywords]
        if len(calls) != 1:
            return
        argument = calls[0].args[0]
        text = ast.get_source_segment(crash.source, argument) or ast.unparse(argument)
        if not isinstance(argument, ast.Name | ast.Attribute | ast.Subscript | ast.Call):
            text = f"({text})"  # `(a or b).lower()`, not `a or b.lower()`
        yield Candidate(
            strategy=self.name,
            description=f"`{text}` is put in the {case}-case form of {name}'s values "
                        f"before the lookup, so {value!r} finds {getattr(value, case)()!r}.",
            edits={crash.path: replace_node(crash.source, argument, f"{text}.{case}()")},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"the documentation says: \"{said}\"; every value of {name} is "
                     f"written {case}-case",
        )
