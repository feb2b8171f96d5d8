"""An optional file that is absent, where the docstring says what absence means.

``load(path)`` documented as "the file is optional (absent: the defaults)" gets a check
for the file before opening it, answering with the module's defaults. Other I/O errors
are left alone: a broken file must still be reported, not hidden.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement

__all__ = ["OptionalFile"]

_ABSENT_MEANS_DEFAULTS = re.compile(r"optional[^.]*\b(absent|missing|no file|does not exist)"
                                    r"[^.]*\bdefaults?\b", re.I)
_PATH_READS = {"open", "read_text", "read_bytes"}


class OptionalFile:
    name = "optional-file"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "FileNotFoundError" or crash is None or statement is None:
            return
        if function is None or tree is None or statement is function:
            return
        docstring = ast.get_docstring(function) or ""
        if not _ABSENT_MEANS_DEFAULTS.search(docstring):
            return
        constants = [t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
                     for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                     if isinstance(t, ast.Name) and re.fullmatch(r"DEFAULTS?(_[A-Z0-9_]+)?", t.id)
                     and isinstance(node.value, ast.Dict)]
        if len(constants) != 1:
            return
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in _PATH_READS):
                continue
            path = ast.get_source_segment(crash.source, node.func.value) or ""
            if not path:
                continue
            new = insert_before_statement(crash.source, statement, [
                f"if not {path}.exists():", f"\treturn dict({constants[0]})",
            ])
            yield Candidate(
                strategy=self.name,
                description=f"An absent `{path}` now means the defaults (`{constants[0]}`), "
                            "instead of FileNotFoundError; other errors still surface.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.85,
                contract=f"the docstring says the file is optional and absence means the "
                         f"defaults: \"{docstring.strip()[:100]}\"",
            )
            return
