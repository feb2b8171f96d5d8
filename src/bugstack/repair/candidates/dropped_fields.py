"""``hours, minutes, seconds = text.split(":")`` meets a text that left a field out.

"not enough values to unpack (expected 3, got 2)" for ``45:10``. When the documentation
says the format drops that field ("the watch writes H:MM:SS, but drops the hour for runs
under an hour"), the one field it names is the one missing, and it stands for zero of
what it counts: the split is kept in a list, the documented field put back as ``"0"`` on
its side when exactly it is missing, and the unpacking reads the list::

    parts = text.split(":")
    if len(parts) == 2:  # the hour is dropped (see the docstring)
        parts.insert(0, "0")
    hours, minutes, seconds = parts

Skipping the text loses the record; reading ``45:10`` as hours and minutes is wrong by a
factor of sixty. The documented field must be the first or the last name unpacked, read
only by ``int()`` or ``float()`` (so ``"0"`` is zero of it), and the text must be one
field short; a sentence that says the field is never dropped backs nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.contract_items import documentation_on_stack, sentences

__all__ = ["DroppedFieldAsZero"]

_SHORT = re.compile(r"not enough values to unpack \(expected (\d+), got (\d+)\)")
# The format itself leaves the field out. "An entry without a limit" is no such sentence:
# it introduces a case that the rest of the sentence answers (a default, a refusal).
_DROPS = re.compile(r"\b(?:drops?|dropped|dropping|omits?|omitted|leaves?\s+out|left\s+out)"
                    r"\s+(?:the\s+|an?\s+|its\s+)?(?P<field>[A-Za-z]+)", re.I)
_NEVER = re.compile(r"\b(?:never|not|no\s+longer|always\s+keeps?|reject\w*|refuse\w*"
                    r"|raises?|errors?|invalid|corrupt\w*|malformed|falls?\s+back"
                    r"|defaults?\s+to|skip\w*|ignor\w*|used\s+to|formerly)\b|n't\b", re.I)


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _only_numeric_reads(function: ast.AST, name: str) -> bool:
    parents = {id(c): n for n in ast.walk(function) for c in ast.iter_child_nodes(n)}
    reads = [n for n in ast.walk(function)
             if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)]
    return bool(reads) and all(
        isinstance(call := parents.get(id(n)), ast.Call) and isinstance(call.func, ast.Name)
        and call.func.id in {"int", "float"} and call.args == [n] for n in reads)


class DroppedFieldAsZero:
    name = "dropped-field"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        short = _SHORT.search(analysis.message)
        if crash is None or function is None or tree is None or short is None \
                or int(short.group(1)) - int(short.group(2)) != 1 \
                or not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            return
        target, value = statement.targets[0], statement.value
        if not isinstance(target, ast.Tuple) or not isinstance(value, ast.Call) \
                or not isinstance(value.func, ast.Attribute) or value.func.attr != "split":
            return
        names = [t.id if isinstance(t, ast.Name) else "" for t in target.elts]
        if "" in names or len(names) != int(short.group(1)):
            return
        documented = [(sentence, name) for _, text in documentation_on_stack(
                          site, crash, tree, crash.lineno)
                      for sentence in sentences(text) if not _NEVER.search(sentence)
                      for match in _DROPS.finditer(sentence)
                      for name in (names[0], names[-1])
                      if _stem(match["field"]) == _stem(name)]
        fields = {name for _, name in documented}
        if len(fields) != 1:
            return
        field = fields.pop()
        if not _only_numeric_reads(function, field):
            return
        taken = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
        parts = next((p for p in ("parts", "fields", "pieces") if p not in taken), None)
        if parts is None:
            return
        split = ast.get_source_segment(crash.source, value) or ast.unparse(value)
        put_back = f'{parts}.insert(0, "0")' if field == names[0] else f'{parts}.append("0")'
        edited = replace_node(crash.source, value, parts)
        edited = insert_before_statement(edited, statement, [
            f"{parts} = {split}",
            f"if len({parts}) == {len(names) - 1}:  # the {_stem(field)} is left out "
            "(see the documentation)",
            f"\t{put_back}",
        ])
        sentence = documented[0][0]
        yield Candidate(
            strategy=self.name,
            description=f"A text without its {_stem(field)} field now reads it as 0, as "
                        f"the documentation says the format drops it, instead of raising "
                        f"ValueError.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.8, contract=f'the documentation says: "{sentence[:200]}"',
        )
