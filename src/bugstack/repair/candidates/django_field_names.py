"""Django's "Cannot resolve keyword 'opened' into field. Choices are: ...".

A query names a field the model no longer has, usually after a rename
(``opened`` -> ``opened_at``). Dropping the lookup makes the error go away and changes
the answer (an unordered queue, an unfiltered list), so the fix is to name the field
the model has now, keeping the rest of the lookup: ``"-opened"`` -> ``"-opened_at"``,
``opened__gte=`` -> ``opened_at__gte=``.

The new name must be the only choice the code points at: a migration's
``RenameField(old_name="opened", new_name=...)``, a comment that says the field was
renamed (and names the choice, or the one choice that extends the old name), or else the
one choice whose name extends or closely matches the old one. Two such choices are left
to a person.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes

__all__ = [
    "KEYWORD_LOOKUPS",
    "STRING_LOOKUPS",
    "DjangoFieldNames",
    "renamed_field",
    "renamed_lookup",
    "unresolved_field",
]

_UNRESOLVED = re.compile(
    r"Cannot resolve keyword '(?P<name>\w+)' into field\. Choices are: (?P<choices>[\w, ]+)")
_RENAMED = re.compile(r"\b(renamed|rename[sd]?|now called|became|is now|was called)\b", re.I)
# Query methods whose string arguments are field lookups.
STRING_LOOKUPS = {"order_by", "values", "values_list", "only", "defer", "distinct",
                   "select_related", "prefetch_related", "F", "latest", "earliest", "dates",
                   "datetimes", "OuterRef", "Sum", "Count", "Max", "Min", "Avg"}
# Query methods and expressions whose keyword names are field lookups.
KEYWORD_LOOKUPS = {"filter", "exclude", "get", "get_or_create", "update_or_create", "Q",
                    "update", "create"}


def _choices(message: str) -> tuple[str, list[str]] | None:
    match = _UNRESOLVED.search(message)
    if match is None:
        return None
    choices = [c.strip() for c in match.group("choices").split(",") if c.strip()]
    return match.group("name"), choices


def _extends(old: str, choice: str) -> bool:
    """``opened_at`` extends ``opened``: the old name's words, in order, at a word edge."""
    return choice != old and (choice.startswith(old + "_") or choice.endswith("_" + old))


def _close(old: str, choices: list[str]) -> list[str]:
    extended = [c for c in choices if _extends(old, c)]
    if extended:
        return extended
    return difflib.get_close_matches(old, choices, n=3, cutoff=0.8)


Files = list[tuple[str, str]]


def _migration_rename(files: Files, old: str, choices: list[str]) -> tuple[str, str] | None:
    pattern = re.compile(
        rf"RenameField\([^)]*old_name\s*=\s*['\"]{re.escape(old)}['\"][^)]*"
        rf"new_name\s*=\s*['\"](\w+)['\"][^)]*\)", re.S)
    fitting = _models_fitting(files, choices)
    for rel, text in files:
        if "/migrations/" not in f"/{rel}":
            continue
        for match in pattern.finditer(text):
            # Another model's rename of a field of the same name says nothing of this one.
            model = re.search(r"model_name\s*=\s*['\"](\w+)['\"]", match.group(0))
            if fitting and model is not None and model.group(1).lower() not in fitting:
                continue
            if match.group(1) in choices:
                return match.group(1), \
                    f"the migration {rel} renames `{old}` to `{match.group(1)}`"
    return None


def _models_fitting(files: Files, choices: list[str]) -> set[str]:
    """The models (lower-cased, as migrations name them) whose declared fields are all
    among the query's choices, and cover the most of them: the models the query can be
    on (an Invoice with only ``opened_at`` fits a Ticket's choices too, less well)."""
    found: dict[str, int] = {}
    for rel, text in files:
        if "/migrations/" in f"/{rel}" or "class " not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            fields = {t.id for item in node.body if isinstance(item, ast.Assign)
                      and isinstance(item.value, ast.Call)
                      for t in item.targets if isinstance(t, ast.Name)}
            if fields and fields <= set(choices):
                found[node.name.lower()] = len(fields)
    best = max(found.values(), default=0)
    return {name for name, count in found.items() if count == best}


def _comment_rename(files: Files, old: str, choices: list[str]) -> tuple[str, str] | None:
    """A comment that says ``old`` was renamed, and to which choice."""
    word = re.compile(rf"(?<![\w.]){re.escape(old)}(?!\w)")
    for rel, text in files:
        if old not in text or "/migrations/" in f"/{rel}":
            continue
        for line in text.splitlines():
            comment = line.split("#", 1)[1] if "#" in line else ""
            for sentence in re.split(r"(?<=[.;])\s+", comment):
                if not (word.search(sentence) and _RENAMED.search(sentence)):
                    continue
                # "renamed `opened` to `opened_at`", "opened -> opened_at": the new name
                # follows a "to" or an arrow, so another field the sentence mentions is not
                # taken for it.
                named = [c for c in choices if c != old
                         and re.search(rf"(\bto|\binto|->|→)\W*{c}\b", sentence)]
                extended = [c for c in choices if _extends(old, c)]
                target = named if len(named) == 1 else extended
                if len(target) == 1:
                    return target[0], f"{rel} says: \"{sentence.strip()[:140]}\""
    return None


def renamed_field(files: Files, old: str, choices: list[str]) -> tuple[str, str] | None:
    """The field ``old`` became, and the evidence; None when no single choice is backed.

    ``files`` are (repository path, text) pairs of the app's Python files, migrations
    included.
    """
    backed = _migration_rename(files, old, choices) or _comment_rename(files, old, choices)
    if backed is not None:
        return backed
    close = _close(old, choices)
    if len(close) == 1:
        return close[0], (f"`{close[0]}` is the only field of the model whose name is close "
                          f"to `{old}` (choices: {', '.join(choices)})")
    return None


def unresolved_field(message: str) -> tuple[str, list[str]] | None:
    """The unknown name and the model's field names, from Django's FieldError message."""
    return _choices(message)


def renamed_lookup(lookup: str, old: str, new: str) -> str | None:
    """``-opened`` -> ``-opened_at``; ``opened__date`` -> ``opened_at__date``."""
    sign = "-" if lookup.startswith("-") else ""
    parts = lookup[len(sign):].split("__")
    if old not in parts:
        return None
    return sign + "__".join(new if part == old else part for part in parts)


def _edits(statement: ast.stmt, old: str, new: str, source: str) -> list[tuple[ast.AST, str]]:
    edits: list[tuple[ast.AST, str]] = []
    for call in (n for n in ast.walk(statement) if isinstance(n, ast.Call)):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in STRING_LOOKUPS:
            for arg in call.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    renamed = renamed_lookup(arg.value, old, new)
                    if renamed is not None:
                        text = ast.get_source_segment(source, arg) or repr(arg.value)
                        edits.append((arg, text.replace(arg.value, renamed, 1)))
        if name in KEYWORD_LOOKUPS:
            for keyword in call.keywords:
                if keyword.arg is None:
                    continue
                renamed = renamed_lookup(keyword.arg, old, new)
                if renamed is not None:
                    edits.append((keyword, _keyword_text(source, keyword, renamed)))
    return edits


def _keyword_text(source: str, keyword: ast.keyword, name: str) -> str:
    text = ast.get_source_segment(source, keyword) or ast.unparse(keyword)
    assert keyword.arg is not None
    return name + text[len(keyword.arg):]


class DjangoFieldNames:
    name = "django-field-names"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        parsed = _choices(analysis.message)
        crash, statement = analysis.crash, analysis.statement
        if analysis.exc_type != "FieldError" or parsed is None or crash is None \
                or statement is None:
            return
        old, choices = parsed
        files = [(rel, analysis.read(rel) or "") for rel in analysis.python_files()]
        found = renamed_field(files or list(site.sources.items()), old, choices)
        if found is None:
            return  # no choice, or several: which field the query meant is a guess
        new, contract = found
        edits = _edits(statement, old, new, crash.source)
        if not edits:
            return
        after = replace_nodes(crash.source, edits)
        yield Candidate(
            strategy=self.name,
            description=(f"The query names the field `{old}`, which the model does not have; "
                         f"it now names `{new}`, keeping the rest of each lookup."),
            edits={crash.path: after}, originals={crash.path: crash.source},
            plausibility=0.9, contract=contract,
        )
