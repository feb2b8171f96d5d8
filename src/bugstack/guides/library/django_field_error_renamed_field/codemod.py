"""Name the field a query's unknown lookup was renamed to, keeping ``-`` and ``__`` parts.

Which field is the rename is decided as the fix engine's template decides it
(:mod:`bugstack.repair.candidates.django_field_names`): a migration's ``RenameField``, a
comment saying the field was renamed, or the one field whose name extends or closely
matches the old one. Only string arguments of query methods (``order_by``, ``values``,
``F``, aggregates, ...) and keyword lookups (``filter``, ``exclude``, ``Q``, ...) on the
crashing line change. Without the exception message the unknown name is not known, so
``rewrite`` alone changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, run_transformer
from bugstack.repair.candidates.django_field_names import (
    KEYWORD_LOOKUPS,
    STRING_LOOKUPS,
    renamed_field,
    renamed_lookup,
    unresolved_field,
)

_SKIPPED_DIRECTORIES = {".venv", "venv", "env", "site-packages", "node_modules", "__pycache__",
                        ".git"}


class _RenameLookup(LineScoped):
    def __init__(self, line: int | None, old: str, new: str) -> None:
        super().__init__(line)
        self.old, self.new = old, new

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or not self.covers(original):
            return updated
        func = updated.func
        # ``Ticket.objects.filter(...).order_by``: the method's own name is what counts.
        name = (func.attr.value if isinstance(func, cst.Attribute)
                else func.value if isinstance(func, cst.Name) else "")
        return updated.with_changes(args=[self._renamed(arg, name) for arg in updated.args])

    def _renamed(self, arg: cst.Arg, call: str) -> cst.Arg:
        if arg.keyword is None and call in STRING_LOOKUPS and isinstance(
                arg.value, cst.SimpleString):
            text = arg.value.evaluated_value
            renamed = renamed_lookup(text, self.old, self.new) if isinstance(text, str) else None
            if renamed is not None and isinstance(text, str):
                self.changed = True
                quoted = arg.value.value.replace(text, renamed, 1)
                return arg.with_changes(value=arg.value.with_changes(value=quoted))
        if arg.keyword is not None and call in KEYWORD_LOOKUPS:
            renamed = renamed_lookup(arg.keyword.value, self.old, self.new)
            if renamed is not None:
                self.changed = True
                return arg.with_changes(keyword=cst.Name(renamed))
        return arg


def rewrite(source: str, line: int | None, old: str | None = None,
            new: str | None = None) -> str | None:
    if old is None or new is None:
        return None  # which name the model lacks is in the exception message only
    return run_transformer(source, _RenameLookup(line, old, new))


def _repository_files(site: CrashSite) -> list[tuple[str, str]]:
    files = dict(site.sources)
    if site.root is not None:
        for path in sorted(Path(site.root).rglob("*.py"))[:2000]:
            rel = path.relative_to(site.root)
            if not _SKIPPED_DIRECTORIES.intersection(rel.parts) and rel.as_posix() not in files:
                text = site.read(rel.as_posix())
                if text is not None:
                    files[rel.as_posix()] = text
    return sorted(files.items())


def fix_site(site: CrashSite) -> dict[str, str]:
    parsed = unresolved_field(site.exception.value)
    if parsed is None or not site.frames:
        return {}
    old, choices = parsed
    found = renamed_field(_repository_files(site), old, choices)
    if found is None:
        return {}
    crash = site.frames[-1]
    new = rewrite(crash.source, crash.lineno, old, found[0])
    return {crash.path: new} if new is not None else {}
