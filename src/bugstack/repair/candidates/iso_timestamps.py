"""A fixed ``strptime`` format where the code documents ISO 8601 input.

``datetime.strptime(value, "%Y-%m-%d")`` raises "unconverted data remains: T09:00:00" for
``2026-03-07T09:00:00``. When the documentation around the call says the value is an ISO
timestamp ("a date or a full ISO timestamp"), the format is one fixed spelling of what
``datetime.fromisoformat`` reads in full, so the call becomes
``datetime.fromisoformat(value)``: every ISO string the format accepted parses to the
same value (a bare date is still midnight), and the documented longer forms parse too.
(``strptime`` also took unpadded ``2026-3-7``, which is no ISO text and which the
documentation does not promise.)

Only formats that are themselves a prefix of ISO 8601 (``%Y-%m-%d``, then ``T`` or a
space and ``%H:%M[:%S[.%f]]``, optionally ``%z``) are replaced; a format with its own
order (``%d/%m/%Y``) is another convention, and nothing is proposed. Cutting the value to
the format's length would drop the time the caller sent.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import documentation_near, sentences

__all__ = ["IsoTimestampParsed"]

# A literal `Z` in the format keeps the result naive; fromisoformat would make it aware.
_ISO_PREFIX = re.compile(r"^%Y-%m-%d(?:[T ]%H:%M(?::%S(?:\.%f)?)?)?(?:%z)?$")
# A sentence refusing or restricting such text backs nothing (adversarial review).
_REFUSED = re.compile(r"\b(?:refus\w*|reject\w*|raises?|errors?|invalid|not|never|only"
                      r"|no\s+longer|unsupported)\b|n't\b", re.I)
# The value carries an offset (`Z`, `+01:00`): fromisoformat would give an aware datetime.
_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)['\"]?$")
_MISMATCH = re.compile(r"^(?:unconverted data remains: |time data .* does not match format)")
_ISO = re.compile(r"\bISO[ -]?(?:8601)?\b|\bisoformat\b|\bRFC\s*3339\b")
_TIMESTAMP = re.compile(r"\b(?:timestamps?|date-?times?|date\s+and\s+time|times?)\b", re.I)


def _strptime_calls(statement: ast.stmt) -> list[ast.Call]:
    return [n for n in ast.walk(statement)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr == "strptime" and len(n.args) == 2 and not n.keywords
            and isinstance(n.args[1], ast.Constant) and isinstance(n.args[1].value, str)
            and _ISO_PREFIX.match(n.args[1].value)]


class IsoTimestampParsed:
    name = "iso-timestamp"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if not analysis.exc_type.endswith("ValueError") or crash is None \
                or statement is None or tree is None or not _MISMATCH.match(analysis.message):
            return
        calls = _strptime_calls(statement)
        if len(calls) != 1:
            return
        said = next((s for where, text in documentation_near(crash.source, tree, crash.lineno)
                     for s in sentences(text) if _ISO.search(s) and _TIMESTAMP.search(s)
                     and not _REFUSED.search(s)),
                    None)
        if said is None:
            return
        call = calls[0]
        assert isinstance(call.func, ast.Attribute)
        captured = analysis.values.get(ast.unparse(call.args[0]), "")
        if "%z" not in call.args[1].value and _OFFSET.search(captured):  # type: ignore[attr-defined]
            return  # naive until now: an aware result would not compare with the app's times
        owner = ast.get_source_segment(crash.source, call.func.value) or ""
        value = ast.get_source_segment(crash.source, call.args[0]) or ""
        fmt = call.args[1].value  # type: ignore[attr-defined]
        yield Candidate(
            strategy=self.name,
            description=f"`{value}` is now read as the ISO 8601 text it is documented to be "
                        f"(`{owner}.fromisoformat`), not only in the one spelling {fmt!r}.",
            edits={crash.path: replace_node(crash.source, call,
                                            f"{owner}.fromisoformat({value})")},
            originals={crash.path: crash.source},
            plausibility=0.8, contract=f'the documentation says: "{said[:200]}"',
        )
