"""The CSV file a call read, rebuilt from the one row of it the crash captured.

A function given ``PosixPath('/tmp/x/export.csv')`` that reads it with
``csv.DictReader`` cannot be called again in the sandbox: the file was production's.
When a frame below it captured the row it crashed on (``{'name': 'Chidi Obi', 'email':
'chidi@example.com', 'phone': None, 'notes': None}``), that row is the file as far as
the crash goes: DictReader names the cells after the header line and gives None only to
the cells a short row lacks at its end. So the call is given a fresh file of the same
name holding the header (the row's keys, in order) and that row's cells up to its first
None. A fix in the reader (``restval=""``) can then be proven by the call that reads the
file, which a call with the captured row alone never could.

The same holds for a whole row the function itself was reading when it crashed (``{'sensor':
'greenhouse', 'celsius': 'N/A'}`` in its own frame): the file is the header and that row,
the one the crash needs. A path given as text (``'/tmp/x/readings.csv'``) is given as
text again, and a list holding that one path (``paths=[PosixPath('/tmp/x/survey.csv')]``,
a script's ``argv``) is given as a list holding the rebuilt one: the crash read the row
from the only file there was.

Nothing is made up: a row with a None before a text cell (no short row gives that), two
different rows captured, a reader given its ``fieldnames`` or ``restval``, or a path that
is not a ``.csv`` file gets no file, and the call is rendered as before.
"""

from __future__ import annotations

import ast
import csv
import io
import re
from typing import Any

from bugstack.domain import CrashSite, LocatedFrame

__all__ = ["csv_file_lines"]

_PATH_REPR = re.compile(r"^(?:pathlib\.)?(?:Posix)?Path\('(?P<path>/[^']+\.csv)'\)$")
_TEXT_PATH = re.compile(r"^'(?P<path>/[^']+\.csv)'$")
_ONE_ITEM_LIST = re.compile(r"^\[(?P<item>[^\[\],]+)\]$")


def _plain_reader(node: ast.AST) -> bool:
    """The function reads with one ``DictReader(handle)``: the header comes from the file
    and a short row's cells are None."""
    readers = [n for n in ast.walk(node) if isinstance(n, ast.Call)
               and ast.unparse(n.func) in ("csv.DictReader", "DictReader")]
    return len(readers) == 1 and len(readers[0].args) == 1 and not readers[0].keywords


def _literal(raw: Any) -> Any:
    """A captured local as a value: sentry-sdk sends a dict as an object of reprs
    (``{"phone": "None"}``), other values as one repr; None when it does not parse."""
    try:
        if isinstance(raw, dict):
            return {k: None if v is None else ast.literal_eval(v) if isinstance(v, str)
                    else _unparsable() for k, v in raw.items()}
        return ast.literal_eval(raw) if isinstance(raw, str) and raw.startswith("{") else None
    except (ValueError, SyntaxError):
        return None


def _unparsable() -> Any:
    raise ValueError("not a repr")


def _captured_row(site: CrashSite, frame: LocatedFrame) -> dict[str, str | None] | None:
    """The one row ``frame`` or a frame below it captured: a short one (its missing cells
    None), or a whole one (the row the function was reading when it crashed)."""
    below = site.frames[site.frames.index(frame):] if frame in site.frames else ()
    rows: list[dict[str, str | None]] = []
    for other in below:
        for raw in other.frame.vars.values():
            value = _literal(raw)
            if (isinstance(value, dict) and value
                    and all(isinstance(k, str) for k in value)
                    and all(v is None or isinstance(v, str) for v in value.values())
                    and value not in rows):
                rows.append(value)
    if len(rows) != 1:
        return None
    cells = list(rows[0].values())
    if None not in cells:
        return rows[0] if len(cells) > 1 else None  # one cell: nothing says it was a row
    first_none = cells.index(None)
    if first_none == 0 or any(cell is not None for cell in cells[first_none:]):
        return None  # a None before a text cell, or no cell at all: no short row
    return rows[0]


def csv_file_lines(site: CrashSite, frame: LocatedFrame, node: ast.AST, name: str,
                   source: str) -> list[str] | None:
    """Statements that write the rebuilt file and bind ``name`` to it; None when the
    argument is not such a file or nothing says what it held."""
    listed = _ONE_ITEM_LIST.match(source.strip())
    item = listed.group("item").strip() if listed else source.strip()
    path = _PATH_REPR.match(item) or _TEXT_PATH.match(item)
    if path is None or not _plain_reader(node):
        return None
    text = path.re is _TEXT_PATH
    row = _captured_row(site, frame)
    if row is None:
        return None
    cells = [cell for cell in row.values() if cell is not None]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(row))
    writer.writerow(cells)
    file_name = path.group("path").rsplit("/", 1)[-1]
    if text:  # the function was given the path as text: so is the call
        lines = [f"{name} = str(pathlib.Path(tempfile.mkdtemp()) / {file_name!r})",
                 f"pathlib.Path({name}).write_text({buffer.getvalue()!r}, encoding='utf-8')"]
    else:
        lines = [f"{name} = pathlib.Path(tempfile.mkdtemp()) / {file_name!r}",
                 f"{name}.write_text({buffer.getvalue()!r}, encoding='utf-8')"]
    if listed:
        lines.append(f"{name} = [{name}]")
    return lines
