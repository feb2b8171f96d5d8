"""A view that ends without returning, for the cases its docstring says how to answer.

Flask reports it from inside Flask ("The view function for 'x' did not return a valid
response"), so the crash site is the view's last line. When the docstring names the status
for the unhandled case ("acknowledged with 204") and one of the view's own returns already
answers with that status, the same return is added at the end of the view.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate

__all__ = ["VIEW_RETURNED_NONE", "MissingReturn"]

VIEW_RETURNED_NONE = re.compile(r"The view function for '(?P<view>[\w.]+)' did not return a "
                                r"valid response")


class MissingReturn:
    name = "missing-return"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        if crash is None or function is None or not VIEW_RETURNED_NONE.search(analysis.message):
            return
        docstring = ast.get_docstring(function) or ""
        statuses = set(re.findall(r"\b([1-5]\d\d)\b", docstring))
        if not statuses or isinstance(function.body[-1], ast.Return | ast.Raise):
            return
        for node in ast.walk(function):
            if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple)):
                continue
            status = node.value.elts[-1]
            code = str(status.value) if isinstance(status, ast.Constant) else ""
            if code not in statuses:
                continue
            statement = ast.get_source_segment(crash.source, node) or ast.unparse(node)
            lines = crash.source.splitlines(keepends=True)
            first = lines[function.body[0].lineno - 1]
            indent = first[: len(first) - len(first.lstrip())]
            end = function.body[-1].end_lineno or function.body[-1].lineno
            new = "".join(lines[:end]) + f"{indent}{statement}\n" + "".join(lines[end:])
            yield Candidate(
                strategy=self.name,
                description=f"`{function.name}` fell off its end for requests it does not "
                            f"handle; it now answers `{statement.removeprefix('return ')}` "
                            "for them.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.85,
                contract=f"the docstring says unhandled cases are answered with "
                         f"{code}, as `{statement}` already does",
            )
            return
