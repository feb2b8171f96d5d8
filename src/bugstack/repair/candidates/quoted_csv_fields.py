"""A CSV line split on its delimiter by hand, meeting a quoted field that holds one.

``name, email, phone = line.split(",")`` raises "too many values to unpack (expected 3)"
for ``"Hopper, Grace",grace@example.com,``: in CSV a field holding the delimiter, a quote
or a line break is quoted, and a plain split cuts inside the quotes. Splitting once less
(``split(",", 2)``) or from the right only moves the cut, and keeps the quotes in the
value; skipping the line drops the record. The line is read the way it was written::

    name, email, phone = next(csv.reader([line]))

(with ``delimiter=`` for a delimiter other than a comma), and ``import csv`` is added
when the module lacks it.

Proposed only when the text really is CSV and really is quoted: the module reads or
writes the same format with the ``csv`` module (a reader or writer with the split's
delimiter: its writer is what made the quotes) or the code around the split, its callers
or the module call the format CSV; the captured line holds a double quote; and read as
CSV it gives exactly as many fields as the statement unpacks. A line that still does not
fit is malformed, and stays an error. Documentation that says the format is not quoted
("the CRM never quotes a field") or that a line with a field too many is refused backs
nothing.
"""

from __future__ import annotations

import ast
import csv
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_stdlib_import, replace_node
from bugstack.repair.contract_items import documentation_on_stack, refusing_sentence

__all__ = ["QuotedCsvFields"]

_UNPACK = re.compile(r"too many values to unpack \(expected (\d+)\)")
_DELIMITERS = (",", ";", "\t", "|")
_CSV_WORD = re.compile(r"\bCSV\b|comma[- ]separated", re.IGNORECASE)
_QUOTING = re.compile(r"\bquot\w*", re.I)
_EXTRA = re.compile(r"\b(?:too many|extra|more)\s+(?:\w+\s+)?(?:fields?|columns?|commas?|"
                    r"tabs?|delimiters?|separators?|values?)\b", re.I)


def _split_of(statement: ast.stmt) -> tuple[ast.Call, str, str, int] | None:
    """The ``X.split(D)`` unpacked by ``statement``: (call, X, D, names unpacked)."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target, value = statement.targets[0], statement.value
    elif isinstance(statement, ast.For):
        target, value = statement.target, statement.iter
    else:
        return None
    if not isinstance(target, ast.Tuple | ast.List) or any(
            isinstance(element, ast.Starred) for element in target.elts):
        return None
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr == "split" and isinstance(value.func.value, ast.Name)
            and len(value.args) == 1 and not value.keywords
            and isinstance(value.args[0], ast.Constant)
            and value.args[0].value in _DELIMITERS):
        return None
    return value, value.func.value.id, value.args[0].value, len(target.elts)


def _fields(captured: str | None, delimiter: str) -> list[str] | None:
    try:
        line = ast.literal_eval(captured or "")
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None  # cut by the SDK, or not a literal: nothing to check the fix against
    if not isinstance(line, str) or '"' not in line:
        return None
    rows = list(csv.reader([line], delimiter=delimiter))
    return rows[0] if len(rows) == 1 else None


def _other_quoting(tree: ast.Module, texts: list[tuple[str, str]]) -> bool:
    """Whether the format quotes otherwise than CSV's double quote: a csv call of the
    module with another ``quotechar``, ``quoting`` or ``escapechar``, or documentation
    naming single quotes or backslash escapes."""
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and ast.unparse(call.func).startswith("csv.") \
                and any(k.arg in ("quotechar", "quoting", "escapechar", "dialect", "doublequote")
                        for k in call.keywords):
            return True
    return any(re.search(r"\bsingle[- ]quot\w*|\bbackslash\w*|\bescap\w*", text, re.I)
               for _, text in texts)


def _imports_csv(tree: ast.Module) -> bool:
    return any((isinstance(node, ast.Import) and any(a.name == "csv" for a in node.names))
               or (isinstance(node, ast.ImportFrom) and node.module == "csv")
               for node in tree.body)


def _uses_csv(tree: ast.Module, delimiter: str) -> bool:
    """Whether the module reads or writes the same format with the csv module: a reader or
    writer with the split's delimiter (a comma when it names none)."""
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and ast.unparse(call.func) in (
                "csv.reader", "csv.writer", "csv.DictReader", "csv.DictWriter"):
            given = [k.value for k in call.keywords if k.arg == "delimiter"]
            if any(k.arg not in ("delimiter", "lineterminator") for k in call.keywords) \
                    or len(call.args) > 1:
                continue  # another quote character, quoting or dialect: another format
            if (not given and delimiter == ",") or (
                    given and isinstance(given[0], ast.Constant) and given[0].value == delimiter):
                return True
    return False


class QuotedCsvFields:
    name = "quoted-csv-fields"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None or analysis.exc_type != "ValueError":
            return
        expected = _UNPACK.fullmatch(analysis.message)
        found = _split_of(statement)
        if expected is None or found is None:
            return
        call, name, delimiter, unpacked = found
        fields = _fields(analysis.values.get(name), delimiter)
        if fields is None or len(fields) != unpacked or unpacked != int(expected.group(1)):
            return
        texts = documentation_on_stack(site, crash, tree, crash.lineno)
        said = any(_CSV_WORD.search(text) for _, text in texts)
        if not (_uses_csv(tree, delimiter) or said) or _other_quoting(tree, texts) \
                or refusing_sentence(texts, _QUOTING) or refusing_sentence(texts, _EXTRA):
            return  # "the export never quotes", "a line with a comma too many is refused"
        options = "" if delimiter == "," else f", delimiter={delimiter!r}"
        source = replace_node(crash.source, call, f"next(csv.reader([{name}]{options}))")
        if not _imports_csv(tree):
            source = insert_stdlib_import(source, "csv")
        yield Candidate(
            strategy=self.name,
            description=f"`{name}` is read as CSV, so a quoted field holding "
                        f"{delimiter!r} stays one field instead of being cut at it.",
            edits={crash.path: source}, originals={crash.path: crash.source},
            plausibility=0.8,
            contract="CSV quotes a field that holds the delimiter; the line is read the way "
                     "it was written",
        )
