"""Stored JSON that is blank where nothing was ever saved, merged over documented defaults.

``saved = json.loads(account.preferences_json)`` raises "Expecting value: line 1 column 1
(char 0)" for an account that never saved any preferences ('' in the column). When the
parsed value is used only to override a module's defaults (``{**DEFAULT_PREFERENCES,
**saved}``) and the docstring says what such an account gets ("accounts that never saved
any get the defaults"), a blank text counts as nothing saved:

    saved = json.loads(account.preferences_json) if account.preferences_json else {}

A text that is not blank and still not JSON keeps raising, so the fix cannot hide damaged
data. Only an assignment of ``json.loads`` of a plain name or attribute, a name used
nowhere but as ``**name`` after a module constant in dict displays, and a docstring
sentence that speaks of the defaults for what was never saved, back it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import is_pure
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["BlankJsonIsNothingSaved"]

_AT_START = "Expecting value: line 1 column 1 (char 0)"
_NOTHING_SAVED = re.compile(r"\b(?:never|not\s+yet|nothing|no\s+\w+|none)\b[^.;]*\bdefaults?\b"
                            r"|\bdefaults?\b[^.;]*\b(?:never|not\s+yet|nothing)\b", re.I)


def _only_merged(function: ast.AST, name: str, constants: set[str]) -> bool:
    """Every read of ``name`` is ``**name`` in a dict display after ``**CONSTANT``."""
    reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name
             and isinstance(n.ctx, ast.Load)]
    merged = []
    for display in ast.walk(function):
        if not isinstance(display, ast.Dict):
            continue
        unpacked = [value for key, value in zip(display.keys, display.values, strict=True)
                    if key is None]
        for index, value in enumerate(unpacked):
            if isinstance(value, ast.Name) and value.id == name and any(
                    isinstance(v, ast.Name) and v.id in constants for v in unpacked[:index]):
                merged.append(value)
    return bool(reads) and len(merged) == len(reads)


class BlankJsonIsNothingSaved:
    name = "blank-json-nothing-saved"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type.rsplit(".", 1)[-1] != "JSONDecodeError" \
                or not analysis.message.startswith(_AT_START) or crash is None \
                or function is None or tree is None \
                or not isinstance(statement, ast.Assign) or len(statement.targets) != 1 \
                or not isinstance(statement.targets[0], ast.Name):
            return
        call = statement.value
        if not (isinstance(call, ast.Call) and ast.unparse(call.func) == "json.loads"
                and len(call.args) == 1 and not call.keywords
                and isinstance(call.args[0], ast.Name | ast.Attribute)
                and is_pure(call.args[0])):
            return
        constants = {t.id for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign)
                     for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                     if isinstance(t, ast.Name) and t.id.isupper()}
        if not _only_merged(function, statement.targets[0].id, constants):
            return
        docstring = " ".join((ast.get_docstring(function) or "").split())
        sentence = next((s for s in sentences(docstring)
                         if _NOTHING_SAVED.search(s)), None)
        if sentence is None:
            return
        text = ast.get_source_segment(crash.source, call.args[0]) or ast.unparse(call.args[0])
        whole = ast.get_source_segment(crash.source, call) or ast.unparse(call)
        yield Candidate(
            strategy=self.name,
            description=f"A blank `{text}` now counts as nothing saved (`{{}}`), so the "
                        "defaults apply as documented, instead of failing to parse.",
            edits={crash.path: replace_node(crash.source, call, f"{whole} if {text} else {{}}")},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract=f'the docstring of `{function.name}` says: "{sentence[:200]}"',
        )
