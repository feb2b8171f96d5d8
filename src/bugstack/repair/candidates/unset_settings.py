"""An unset environment variable read with no fallback, where the code names its default.

``os.path.join(os.environ.get("EXPORT_DIR"), name)`` raises ``TypeError: expected str,
bytes or os.PathLike object, not NoneType`` on a box without EXPORT_DIR, while the module
holds ``DEFAULT_EXPORT_DIR = "exports"`` with the comment "Used when EXPORT_DIR is not
set". The read then gets that constant as its fallback
(``os.environ.get("EXPORT_DIR", DEFAULT_EXPORT_DIR)``), which also keeps a set variable
winning. Skipping the work when the variable is unset (the obvious guard), or another
folder, would lose the output or put it elsewhere.

Backing, all of it required: the crash is a TypeError about None; the crashed statement
reads one variable by a constant name with no fallback; and exactly one module constant is
tied to that variable by a sentence of the function's or module's docstring or by the
constant's own comment, in words of a default ("defaulting to", "used when ... is not
set"). A sentence calling the variable required, or an error when unset, backs nothing,
and neither does a constant whose value is None.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["UnsetSettingDefault"]

_READERS = {"os.environ.get", "environ.get", "os.getenv", "getenv"}
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")
_DEFAULT_WORDS = re.compile(
    r"\b(default(s|ed|ing)?|fall(s|ing)?\s+back|not\s+set|unset|(is|are)\s+absent|"
    r"without\s+it|used\s+when|otherwise)\b", re.I)
_REFUSAL = re.compile(
    r"\b(required|must\s+be\s+set|mandatory|errors?|raises?|fails?|refuse[sd]?|abort(s|ed)?|"
    r"exits?)\b", re.I)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", re.sub(r"\s*\n\s*", " ", text))
            if s.strip()]


def _constants(tree: ast.Module, lines: list[str]) -> dict[str, str]:
    """Module constants that hold a value (not None) -> their own comment: the ``#``
    lines just above the assignment and a comment at its end."""
    found: dict[str, str] = {}
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if value is None or (isinstance(value, ast.Constant) and value.value is None):
            continue
        comment: list[str] = []
        row = node.lineno - 2
        while row >= 0 and lines[row].lstrip().startswith("#"):
            comment.insert(0, lines[row].lstrip().lstrip("#:").strip())
            row -= 1
        line = lines[node.lineno - 1]
        if "#" in line:
            comment.append(line.split("#", 1)[1].lstrip(":").strip())
        for target in targets:
            if isinstance(target, ast.Name) and _CONSTANT.match(target.id):
                found[target.id] = " ".join(comment)
    return found


def _mentions(sentence: str, name: str) -> bool:
    return re.search(rf"(?<![\w$]){re.escape(name)}(?!\w)|\${re.escape(name)}\b",
                     sentence) is not None


def _backing(variable: str, constants: dict[str, str], texts: list[str]
             ) -> tuple[str, str] | None:
    """(constant, sentence) when exactly one constant is the documented default of
    ``variable`` and nothing calls the variable required."""
    backed: dict[str, str] = {}
    for text in texts:
        for sentence in _sentences(text):
            if not _mentions(sentence, variable):
                continue
            if _REFUSAL.search(sentence):
                return None  # the documentation wants the variable set: no default
            if not _DEFAULT_WORDS.search(sentence):
                continue
            for constant in constants:
                if constant != variable and _mentions(sentence, constant):
                    backed.setdefault(constant, sentence)
    for constant, comment in constants.items():
        for sentence in _sentences(comment):
            if _mentions(sentence, variable) and constant != variable:
                if _REFUSAL.search(sentence):
                    return None
                if _DEFAULT_WORDS.search(sentence):
                    backed.setdefault(constant, f"{constant}: {sentence}")
    if len(backed) != 1:
        return None  # silent, or several constants claimed
    return next(iter(backed.items()))


def _unset_reads(statement: ast.stmt) -> Iterator[tuple[ast.Call, str]]:
    for call in ast.walk(statement):
        if isinstance(call, ast.Call) and ast.unparse(call.func) in _READERS \
                and len(call.args) == 1 and not call.keywords \
                and isinstance(call.args[0], ast.Constant) \
                and isinstance(call.args[0].value, str):
            yield call, call.args[0].value


class UnsetSettingDefault:
    name = "unset-setting-default"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "TypeError" or "NoneType" not in analysis.message \
                or crash is None or statement is None or tree is None:
            return
        reads = list(_unset_reads(statement))
        if len(reads) != 1:
            return  # several unset candidates: which one was None is not known
        call, variable = reads[0]
        constants = _constants(tree, crash.source.splitlines())
        texts = [t for t in (ast.get_docstring(function) if function else None,
                             ast.get_docstring(tree)) if t]
        backing = _backing(variable, constants, texts)
        if backing is None:
            return
        constant, sentence = backing
        reader = ast.unparse(call.func)
        name = ast.get_source_segment(crash.source, call.args[0]) or repr(variable)
        yield Candidate(
            strategy=self.name,
            description=f"`{variable}` unset now falls back to `{constant}`, the default the "
                        f"code documents, instead of passing None on.",
            edits={crash.path: replace_node(crash.source, call,
                                            f"{reader}({name}, {constant})")},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"the code says: \"{sentence[:160]}\"",
        )
