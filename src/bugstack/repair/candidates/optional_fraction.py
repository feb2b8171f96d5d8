"""A timestamp whose documented-optional fraction of a second is left out.

``strptime("2026-03-07T22:15:00Z", "%Y-%m-%dT%H:%M:%S.%fZ")`` fails although RFC 3339,
``isoformat()`` and many APIs leave the fraction out when it is zero. When the parsing
function's docstring (or its module's) says so ("the fraction of a second is left out when
it is zero"), the format loses its ``.%f`` for a value without the fraction:
``strptime(value, FORMAT if "." in value else FORMAT.replace(".%f", ""))``.

Backing, all of it required: the format's only ``.`` is the fraction's; the captured text
parses with the format less ``.%f``; and a docstring sentence speaks of the fraction (or
the milli/microseconds) being left out, omitted or optional.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import datetime

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["OptionalFraction"]

_MISMATCH = re.compile(r"^time data (?P<data>'[^']*'|\"[^\"]*\") does not match format "
                       r"(?P<format>'[^']*'|\"[^\"]*\")$")
_FRACTION = re.compile(r"\b(fraction|fractional|milliseconds?|microseconds?|sub-?seconds?)\b",
                       re.I)
_LEFT_OUT = re.compile(r"\b(left out|omitted|omits?|optional|dropped|drops?|may be missing"
                       r"|absent|without)\b", re.I)


def _documented(texts: list[str]) -> str | None:
    for text in texts:
        for sentence in re.split(r"(?<=[.;])\s+", re.sub(r"\s*\n\s*", " ", text)):
            if _FRACTION.search(sentence) and _LEFT_OUT.search(sentence):
                return sentence.strip()
    return None


def _parses(data: str, form: str) -> bool:
    try:
        datetime.strptime(data, form)
    except ValueError:
        return False
    return True


class OptionalFraction:
    name = "optional-fraction"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        found = _MISMATCH.match(analysis.message)
        if analysis.exc_type != "ValueError" or found is None or crash is None \
                or statement is None or function is None or tree is None:
            return
        data, form = ast.literal_eval(found["data"]), ast.literal_eval(found["format"])
        shorter = form.replace(".%f", "", 1)
        if form.count(".") != 1 or ".%f" not in form or "." in data \
                or not _parses(data, shorter):
            return
        sentence = _documented([t for t in (ast.get_docstring(function),
                                            ast.get_docstring(tree)) if t])
        if sentence is None:
            return
        for call in ast.walk(statement):
            if not (isinstance(call, ast.Call) and len(call.args) == 2
                    and ast.unparse(call.func).rsplit(".", 1)[-1] == "strptime"
                    and isinstance(call.args[0], ast.Name)):
                continue
            value, given = call.args[0].id, call.args[1]
            written = ast.get_source_segment(crash.source, given) or ast.unparse(given)
            if not isinstance(given, ast.Name | ast.Attribute | ast.Constant):
                continue
            rewritten = f'{written} if "." in {value} else {written}.replace(".%f", "")'
            yield Candidate(
                strategy=self.name,
                description=f"A `{value}` without the fraction of a second is read with the "
                            "format less `.%f`, as the documentation allows.",
                edits={crash.path: replace_node(crash.source, given, rewritten)},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f"the documentation says: \"{sentence[:160]}\"",
            )
