"""A write to a file after the ``with`` block that opened it has closed it.

::

    with out.open("w") as handle:
        ...
    if unknown:
        handle.write("# skipped ...\\n")   # ValueError: I/O operation on closed file.

The statement sits one indentation level too far out: it was written for the open file
(it names the block's handle), and the block closed the file on leaving. It moves to the
end of the block, so it writes where it was meant to, after everything the block wrote.
Reopening the file would empty it (``"w"``) or depend on its mode; dropping the write
loses what the code meant to say.

Backing, all required: the error is "I/O operation on closed file."; the crashing
statement, or the statement of the function body holding it, directly follows a ``with``
statement of the same body whose one item opens a file (``open(...)`` or ``x.open(...)``)
``as`` the name the crashing line uses; and nothing between rebinds that name. Statements
right after it that use the handle too move with it. Documentation that sends something
to another file, or says what never goes into this one or is refused by its reader, backs
nothing: the write may be meant for elsewhere.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit

__all__ = ["WriteInsideTheWithBlock"]

_CLOSED = "I/O operation on closed file."
# "it goes to a separate ``.count`` file", "never goes into it": the write that crashed may
# be meant for another file, or for none.
_ELSEWHERE = re.compile(r"\b(?:separate|another|other|second|different)\s+(?:\S+\s+)?files?\b|"
                        r"\bnever\b|\brefuses?\b|\brejects?\b|\bnot\s+(?:be\s+)?(?:in|into|"
                        r"written|part)\b", re.I)


def _opened_as(statement: ast.stmt) -> str | None:
    """The handle name of ``with open(...) as name:`` / ``with x.open(...) as name:``."""
    if not isinstance(statement, ast.With) or len(statement.items) != 1:
        return None
    item = statement.items[0]
    call = item.context_expr
    opens = isinstance(call, ast.Call) and (
        (isinstance(call.func, ast.Name) and call.func.id == "open")
        or (isinstance(call.func, ast.Attribute) and call.func.attr == "open"))
    return item.optional_vars.id if opens and isinstance(item.optional_vars, ast.Name) else None


def _uses(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def _binds(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
               for n in ast.walk(node))


def _reads_file(statement: ast.stmt, handle: str, path: str) -> bool:
    for node in ast.walk(statement):
        if isinstance(node, ast.Attribute) and node.attr in ("name", "read_bytes",
                                                               "read_text", "open") \
                and ast.unparse(node.value) in (handle, path):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "open":
            return True
        if path and ast.unparse(node) == path and isinstance(node, ast.Name | ast.Attribute):
            return True
    return False


class WriteInsideTheWithBlock:
    name = "write-inside-the-with-block"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        if crash is None or function is None or analysis.message != _CLOSED:
            return
        body = function.body
        index = next((i for i, s in enumerate(body)
                      if s.lineno <= crash.lineno <= (s.end_lineno or s.lineno)), None)
        if index is None or index == 0:
            return
        handle = _opened_as(body[index - 1])
        if handle is None or not _uses(body[index], handle) or _binds(body[index], handle):
            return
        line = crash.source.splitlines()[crash.lineno - 1]
        if handle not in line:
            return
        documented = " ".join(d for d in (ast.get_docstring(function),
                                          ast.get_docstring(analysis.tree)
                                          if analysis.tree else None) if d)
        if _ELSEWHERE.search(documented):
            return  # the documentation sends something to another file, or keeps it out
        last = index
        while last + 1 < len(body) and _uses(body[last + 1], handle) \
                and not _binds(body[last + 1], handle):
            last += 1
        opened = body[index - 1]
        assert isinstance(opened, ast.With)
        path = opened.items[0].context_expr
        path_text = ast.unparse(path.args[0]) if isinstance(path, ast.Call) and path.args \
            else ast.unparse(path.func.value) if isinstance(path, ast.Call) \
            and isinstance(path.func, ast.Attribute) else ""
        moving = body[index:last + 1]
        if any(_reads_file(statement, handle, path_text) for statement in moving):
            return  # it reads the file back: inside the block it would read it unflushed
        lines = crash.source.splitlines(keepends=True)
        first_line, last_line = body[index].lineno, body[last].end_lineno or body[last].lineno
        step = indent_unit(crash.source)
        moved = [step + text if text.strip() else text
                 for text in lines[first_line - 1:last_line]]
        source = "".join(lines[:first_line - 1] + moved + lines[last_line:])
        yield Candidate(
            strategy=self.name,
            description=f"The write to `{handle}` moves into the `with` block that opened it, "
                        "at its end, so it happens before the block closes the file.",
            edits={crash.path: source}, originals={crash.path: crash.source},
            plausibility=0.8,
            contract=f"the statement writes to `{handle}`, the file the `with` block before "
                     "it opened and closed",
        )
