"""Names the app's prose gives a function that the function never reads.

A docstring that names a module value ("above the last threshold it is the board, every
member of ``BOARD``"; "FLAT_FARE for a zone not priced"; "in ``SITE_LOCALE``") while the
function's code never touches it describes a case the code does not handle yet. A fix that
answers that case some other way (``return []``, a loader change alone, the siblings'
argument) guesses past what the app says, however well it is otherwise backed.

Only words written as code count: in backticks, or with an underscore or an inner capital
(``FLAT_FARE``, ``UnknownZone``), and only values and classes the module defines or
imports. Functions do not count: a docstring names them as cross-references ("the stock
as :func:`dump_stock` wrote it"), not as a case to answer.
"""

from __future__ import annotations

import ast
import re

__all__ = ["code_words", "module_names", "unread_names"]

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def code_words(text: str) -> set[str]:
    """Identifiers written as code in ``text``."""
    quoted = set(re.findall(r"`+(\w+)`+", text))
    return quoted | {w for w in re.findall(r"\b[A-Za-z_]\w*\b", text)
                     if "_" in w.strip("_") or re.search(r".[A-Z]", w)}


def module_names(tree: ast.Module) -> set[str]:
    """The values and classes a module defines or imports at its top level (an imported
    name counts when it is written as a constant or a class: ``SITE_LOCALE``, ``Plan``)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.ImportFrom):
            names |= {a.asname or a.name for a in node.names
                      if (a.asname or a.name)[:1].isupper()}
    return names


def unread_names(text: str, function: FunctionNode, defined: set[str]) -> list[str]:
    """The names of ``defined`` that ``text`` writes as code and ``function`` never reads."""
    read = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
    read |= {n.attr for n in ast.walk(function) if isinstance(n, ast.Attribute)}
    return sorted(w for w in code_words(text) & defined if w not in read and w != function.name)
