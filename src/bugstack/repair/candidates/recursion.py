"""A property or method that calls itself by mistake: ``return self.email`` inside the
``email`` property, where the value lives in ``self._email`` as the sibling properties
(``return self._name``) show."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["SelfRecursion"]


def _stored_attributes(cls: ast.ClassDef) -> set[str]:
    return {n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute)
            and isinstance(n.ctx, ast.Store) and isinstance(n.value, ast.Name)
            and n.value.id == "self"}


class SelfRecursion:
    name = "self-recursion"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function, tree = analysis.crash, analysis.function, analysis.tree
        if analysis.exc_type != "RecursionError" or crash is None or function is None:
            return
        assert tree is not None
        owner = next((c for c in ast.walk(tree) if isinstance(c, ast.ClassDef)
                      and function in c.body), None)
        if owner is None:
            return
        stored = _stored_attributes(owner)
        for name in (f"_{function.name}", f"__{function.name}"):
            if name not in stored:
                continue
            uses = [n for n in ast.walk(function) if isinstance(n, ast.Attribute)
                    and isinstance(n.ctx, ast.Load) and n.attr == function.name
                    and isinstance(n.value, ast.Name) and n.value.id == "self"]
            if not uses:
                return
            new = crash.source
            for use in sorted(uses, key=lambda n: (n.lineno, n.col_offset), reverse=True):
                new = replace_node(new, use, f"self.{name}")
            yield Candidate(
                strategy=self.name,
                description=f"`{function.name}` read itself (`self.{function.name}`) and "
                            f"recursed forever; it now reads `self.{name}`, where "
                            f"`{owner.name}` stores the value.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.85,
                contract=f"`{owner.name}` assigns `self.{name}`, and its other accessors "
                         "read the underscored attributes",
            )
            return
