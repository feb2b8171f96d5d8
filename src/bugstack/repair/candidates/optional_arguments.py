"""A command-line argument the usage line marks optional, read as if it were always given.

::

    python -m usage.report ACCESS_LOG [DAY]

    DAY is YYYY-MM-DD and is optional: without it the report is for yesterday.

    day = date.fromisoformat(argv[1])     # IndexError when cron passes the log only

The argument is read when it is there, and the documented default stands in when it is
not::

    day = date.fromisoformat(argv[1]) if len(argv) > 1 else date.today() - timedelta(days=1)

Exiting with a usage message, or any other default (``date.today()`` reports a day that
has barely begun), would not do what the documentation promises.

Backing, all required: an IndexError at a statement assigning one name from
``argv[N]`` (``argv`` a parameter, or ``sys.argv`` counted from 1); the module docstring's
usage line shows that argument in brackets at that place; and a sentence naming it says
what applies without it, in words this template turns into code: today, yesterday or
tomorrow for a value parsed as a date (``timedelta`` imported if needed), or a quoted or
numeric literal after "defaults to" / "default is".
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_node

__all__ = ["DocumentedOptionalArgument"]

_USAGE = re.compile(r"^\s*(?:\$\s*)?(?:python3?\s+(?:-m\s+)?)?\S+((?:\s+\S+)+)\s*$", re.M)
_DATE_WORDS = {"yesterday": "date.today() - timedelta(days=1)", "today": "date.today()",
               "tomorrow": "date.today() + timedelta(days=1)"}
# "every day of the log up to yesterday": a span, not the one day the word names.
_SPAN = re.compile(r"\b(?:up to|until|till|before|since|through|every|all|from)\b", re.I)
_LITERAL = re.compile(r"\bdefault(?:s| is)?\s+(?:to\s+)?(`*)(\"[^\"]*\"|'[^']*'|-?\d+(?:\.\d+)?)\1")


def _usage_names(docstring: str) -> list[str] | None:
    """The argument words of the first usage line (``ACCESS_LOG``, ``[DAY]``)."""
    for line in docstring.splitlines():
        found = _USAGE.match(line)
        if found and any(w.startswith("[") for w in found.group(1).split()):
            return found.group(1).split()
    return None


def _default(docstring: str, name: str, parsed_as_date: bool) -> str | None:
    text = re.sub(r"\s+", " ", docstring)
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if not re.search(rf"\b{re.escape(name)}\b", sentence) or not re.search(
                r"\b(?:optional|without it|omitted|left out|not given|default)", sentence):
            continue
        # "LIMIT ... defaults to 50": the literal must be said of this argument.
        literal = re.search(rf"\b{re.escape(name)}\b[^.;,]*?" + _LITERAL.pattern, sentence)
        if literal:
            return literal.group(2)
        words = [w for w in _DATE_WORDS if re.search(rf"\b{w}\b", sentence, re.I)]
        if parsed_as_date and len(words) == 1 and not _SPAN.search(sentence):
            return _DATE_WORDS[words[0]]
    return None


class DocumentedOptionalArgument:
    name = "documented-optional-argument"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or tree is None or function is None \
                or analysis.exc_type != "IndexError" or not isinstance(statement, ast.Assign) \
                or len(statement.targets) != 1 or not isinstance(statement.targets[0], ast.Name):
            return
        reads = [n for n in ast.walk(statement.value) if isinstance(n, ast.Subscript)
                 and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, int)
                 and ast.unparse(n.value) in ("argv", "sys.argv", "args")]
        if len(reads) != 1:
            return
        read = reads[0]
        assert isinstance(read.slice, ast.Constant) and isinstance(read.slice.value, int)
        position: int = read.slice.value
        index = position - (1 if ast.unparse(read.value) == "sys.argv" else 0)
        names = _usage_names(ast.get_docstring(tree) or "")
        if names is None or not 0 <= index < len(names) or not names[index].startswith("["):
            return
        name = names[index].strip("[]").rstrip(".")
        parsed_as_date = "date" in ast.unparse(statement.value) and "fromisoformat" in \
            ast.unparse(statement.value)
        default = _default(ast.get_docstring(tree) or "", name, parsed_as_date)
        if default is None:
            return
        source = crash.source
        value = ast.get_source_segment(source, statement.value) or ast.unparse(statement.value)
        container = ast.get_source_segment(source, read.value) or ast.unparse(read.value)
        edited = replace_node(source, statement.value,
                              f"{value} if len({container}) > {position} else {default}")
        if "timedelta" in default and "timedelta" not in {
                a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom)
                for a in n.names}:
            imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)
                       and n.module == "datetime"]
            if len(imports) != 1:
                return
            line = ast.get_source_segment(source, imports[0]) or ""
            if "(" in line or "\n" in line:
                return
            edited = edited.replace(line + "\n", line + ", timedelta\n", 1) \
                if line + "\n" in edited \
                else insert_import(edited, "from datetime import timedelta")
        yield Candidate(
            strategy=self.name,
            description=f"`{name}` is optional, as the usage line shows: without it "
                        f"`{default}` applies, as documented.",
            edits={crash.path: edited}, originals={crash.path: source}, plausibility=0.8,
            contract=f"the module docstring marks {name} optional and says what applies "
                     "without it",
        )
