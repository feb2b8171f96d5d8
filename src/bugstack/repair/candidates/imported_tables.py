"""The default a table's own module gives the keys it lacks, for a table read elsewhere.

``api.py`` does ``from laundrette.machines import PROGRAMME_MINUTES`` and reads
``PROGRAMME_MINUTES[machine.programme]``; ``machines.py``, where the table lives, says
what a programme missing from it means::

    #: A programme missing from the table above ... is taken to run this long.
    UNKNOWN_PROGRAMME_MINUTES = 95

    minutes = PROGRAMME_MINUTES.get(machine.programme, UNKNOWN_PROGRAMME_MINUTES)

The table's module speaks for the table wherever it is read, so the read becomes
``PROGRAMME_MINUTES.get(machine.programme, machines.UNKNOWN_PROGRAMME_MINUTES)`` (through
the module name the reader already binds, or the constant's own name when it imports it).

Backing, in the module the table is imported from by name: a constant named for the
table's missing keys whose comment says so (``contract_constants.default_for_table``). A
sibling's ``.get(key, WELCOME_DISCOUNT)`` there is that function's answer, not the
table's, and backs nothing (review 25). Nothing when the reading module cannot name the
constant without a new import, when the table's module refuses the case, or when the
reading function's docstring names the table or speaks of keys it lacks (its own word:
"the programmes PROGRAMME_MINUTES does not list ... are free").
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.contract import Evidence
from bugstack.repair.contract_constants import default_for_table

__all__ = ["imported_table_default"]

_OWN_WORD = re.compile(r"\b(?:does\s+not\s+list|not\s+listed|unlisted|missing|unknown"
                       r"|any\s+other|no\s+longer)\b", re.I)


def _origin(tree: ast.Module, table: str) -> str | None:
    """The module ``table`` is imported from by name (``from a.b import TABLE``)."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and any(a.name == table and (a.asname or a.name) == table for a in node.names):
            return node.module
    return None


def _spelled(tree: ast.Module, module: str, name: str) -> str | None:
    """How the reading module names ``module``'s constant ``name`` without a new import."""
    short = module.rsplit(".", 1)[-1]
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == module \
                and any(a.name == name and (a.asname or a.name) == name for a in node.names):
            return name
        if isinstance(node, ast.ImportFrom) and node.module and f"{node.module}.{short}" \
                == module and any(a.name == short for a in node.names):
            alias = next(a.asname or a.name for a in node.names if a.name == short)
            return f"{alias}.{name}"
        if isinstance(node, ast.Import) and any(a.name == module for a in node.names):
            bound = next(a.asname for a in node.names if a.name == module)
            return f"{bound or module}.{name}"
    return None


def imported_table_default(analysis: Analysis, table: str) -> Evidence | None:
    tree = analysis.tree
    if tree is None:
        return None
    module = _origin(tree, table)
    if module is None:
        return None
    tail = "/".join(module.split(".")) + ".py"
    files = [rel for rel in analysis.python_files() if rel == tail or rel.endswith("/" + tail)]
    source = analysis.read(files[0]) if len(files) == 1 else None
    if source is None:
        return None
    try:
        origin = ast.parse(source)
    except SyntaxError:
        return None
    function = analysis.function
    own = ast.get_docstring(function) or "" if function is not None \
        and not isinstance(function, ast.Lambda) else ""
    if re.search(rf"\b{re.escape(table)}\b", own) or _OWN_WORD.search(own):
        return None  # the reading function says what an unlisted key is there
    found = default_for_table(source, origin, table)
    if found is None:
        return None
    name, reason = found.source, found.reason
    spelled = _spelled(tree, module, name)
    if spelled is None:
        return None
    return Evidence(spelled, f"{reason} (in `{module}`, where `{table}` lives)")
