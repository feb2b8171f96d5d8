"""``module 'datetime' has no attribute 'now'``: a class's member called through the
standard-library module of (nearly) the same name.

A file that does ``import datetime`` and writes ``datetime.now()`` meant the class
``datetime.datetime``; the module has no ``now``. Which class, and which arguments, is
what the file's own other calls say: when every call of a class member of that name in
the file is written the same way (``datetime.datetime.now(datetime.timezone.utc)``), the
crashing call is written as they are. ``datetime.datetime.now()``, the obvious repair,
gives a naive local time where the module keeps aware UTC ones, and fails later when
they are compared.

Backing, all of it required: the module is the standard library's (the repository's
own modules are ``renamed_attributes.py``'s), imported whole in the crashing file; a class
of the module has the missing attribute; and the file's other calls of ``M.<Class>.<attr>``
are all the same call. The crashing call must pass nothing, or exactly what they pass.
Calls that differ (one aware, one naive), or none, back nothing.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["ModuleClassMember"]

_MESSAGE = re.compile(r"module '(?P<module>\w+)' has no attribute '(?P<attr>\w+)'")


# Standard-library modules whose classes are imported here to be read: only modules
# without side effects on import (``this`` prints, ``antigravity`` opens a browser), and
# the ones a class of their own name or a close one is written through.
_READABLE = {"datetime", "decimal", "fractions", "pathlib", "collections", "uuid", "enum",
             "zoneinfo", "ipaddress", "calendar", "time", "queue", "array", "string"}


def _classes_with(module: str, attr: str) -> set[str]:
    """Public classes of the standard-library ``module`` that have ``attr``."""
    if module not in _READABLE or module not in sys.stdlib_module_names:
        return set()
    try:
        imported = importlib.import_module(module)
    except ImportError:
        return set()
    return {name for name, value in vars(imported).items()
            if isinstance(value, type) and not name.startswith("_") and hasattr(value, attr)}


def _aliases(tree: ast.Module, module: str) -> set[str]:
    return {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
            for alias in node.names if alias.name == module}


def _arguments(call: ast.Call) -> tuple[str, ...]:
    return tuple(ast.unparse(a) for a in call.args) + tuple(
        ast.unparse(k) for k in call.keywords)


class ModuleClassMember:
    name = "module-class-member"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        match = _MESSAGE.fullmatch(analysis.message.strip())
        if analysis.exc_type != "AttributeError" or match is None or crash is None \
                or statement is None or tree is None:
            return
        module, attr = match.group("module"), match.group("attr")
        aliases = _aliases(tree, module)
        classes = _classes_with(module, attr)
        if not aliases or not classes:
            return
        crashing = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                    and isinstance(n.func, ast.Attribute) and n.func.attr == attr
                    and isinstance(n.func.value, ast.Name) and n.func.value.id in aliases]
        if len(crashing) != 1:
            return
        call = crashing[0]
        siblings = {ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Call)
                    and isinstance(n.func, ast.Attribute) and n.func.attr == attr
                    and isinstance(n.func.value, ast.Attribute)
                    and n.func.value.attr in classes
                    and isinstance(n.func.value.value, ast.Name)
                    and n.func.value.value.id in aliases}
        if len(siblings) != 1:
            return  # no sibling call, or siblings written two ways
        (written,) = siblings
        sibling = ast.parse(written, mode="eval").body
        assert isinstance(sibling, ast.Call) and isinstance(sibling.func, ast.Attribute)
        if (call.args or call.keywords) and _arguments(call) != _arguments(sibling):
            return  # the crashing call asks for something else than the siblings
        count = sum(1 for n in ast.walk(tree) if isinstance(n, ast.Call)
                    and ast.unparse(n) == written)
        yield Candidate(
            strategy=self.name,
            description=f"`{module}` has no `{attr}`; the call is written as the module's "
                        f"other calls write it, `{written}`.",
            edits={crash.path: replace_node(crash.source, call, written)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"every other call of `{attr}` in {crash.path} ({count}) is `{written}`",
        )
