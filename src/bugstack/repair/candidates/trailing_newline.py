"""Lines of a text that ends with a newline, split on ``"\\n"``: an empty last "line".

``[json.loads(line) for line in text.split("\\n")]`` raises "Expecting value: line 1
column 1 (char 0)" for a JSON Lines file written the usual way, each line ended by
``"\\n"``: the split leaves ``""`` after the last one. That final newline ends the last
line; it does not start another, so it is taken off before the split::

    [json.loads(line) for line in text.removesuffix("\\n").split("\\n")]

Only the one trailing newline goes: a blank line inside the text still raises, as a
corrupt line should, and a text without the final newline splits as before. Skipping
every blank or unreadable line would import a damaged file in part. (``splitlines()``
would also split inside a JSON string holding U+2028.)

The error must be about an empty document, the line read must be captured as ``''`` (or
the captured text must end with a newline), and the split must be ``X.split("\\n")`` of
a plain name iterated in the crashing statement. A blank line inside the text keeps the
reproduction failing, so no fix is claimed for it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["TrailingNewlineEndsLastLine"]

_EMPTY_DOCUMENT = ("Expecting value: line 1 column 1 (char 0)",)


def _ends_with_newline(captured: str | None) -> bool:
    try:
        value = ast.literal_eval(captured or "")
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        # sentry-sdk cuts long strings: its repr then ends in "..." and does not parse.
        return bool(captured) and "\\n" in captured[-8:]  # type: ignore[index]
    return isinstance(value, str) and value.endswith("\n")


class TrailingNewlineEndsLastLine:
    name = "trailing-newline"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if crash is None or statement is None or analysis.message not in _EMPTY_DOCUMENT:
            return
        loops = [g for g in ast.walk(statement) if isinstance(g, ast.comprehension | ast.For)]
        splits = [n for n in ast.walk(statement)
                  if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                  and n.func.attr == "split" and len(n.args) == 1 and not n.keywords
                  and isinstance(n.args[0], ast.Constant) and n.args[0].value == "\n"
                  and isinstance(n.func.value, ast.Name)
                  and any(g.iter is n for g in loops)]
        if len(splits) != 1:
            return
        split = splits[0]
        assert isinstance(split.func, ast.Attribute) and isinstance(split.func.value, ast.Name)
        name = split.func.value.id
        loop = next(g for g in loops if g.iter is split)
        empty_line = isinstance(loop.target, ast.Name) \
            and analysis.values.get(loop.target.id) in ("''", '""')
        if not (empty_line or _ends_with_newline(analysis.values.get(name))):
            return
        text = ast.get_source_segment(crash.source, split) or ast.unparse(split)
        quote = text[text.index("(") + 1]
        yield Candidate(
            strategy=self.name,
            description=f"The newline that ends `{name}`'s last line no longer makes an empty "
                        "line after it, which was read as a record and raised.",
            edits={crash.path: replace_node(
                crash.source, split,
                f"{name}.removesuffix({quote}\\n{quote}).split({quote}\\n{quote})")},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract="a final newline ends the last line of a text; it does not start another",
        )
