"""An input the lookup does not know, where the docstring names the constant to fall back to.

``ZoneInfo(name)`` raises ``ZoneInfoNotFoundError`` for 'Pacific Standard Time' (what
Windows calls its zone). When the function's docstring says what an unknown value gets
("a name the tz database does not know falls back to SHOP_TIMEZONE"), the call is tried
and, on that very exception, made again with the constant:

    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return ZoneInfo(SHOP_TIMEZONE)

Only the crash's own exception type is caught (not ``Exception``), only a statement that
returns or assigns one call of a parameter, and only when a sentence of the docstring
speaks of an unknown, unrecognised or invalid value and names a module constant after
"falls back to", "defaults to" or "uses". An exception class that is neither a builtin nor
exported by the standard-library module the call comes from is not imported by guess, and
nothing is proposed.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import re
import sys
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["UnknownValueFallback"]

_UNKNOWN = re.compile(r"\b(?:unknown|unrecogni[sz]ed|not\s+recogni[sz]ed|invalid|not\s+found"
                      r"|(?:does|do)\s+not\s+know|doesn't\s+know|isn't\s+known|not\s+known)\b",
                      re.I)
_FALLS_BACK = re.compile(r"\b(?:falls?\s+back\s+to|defaults?\s+to|uses?)\s+`{0,2}"
                         r"(?P<name>[A-Z][A-Z0-9_]+)\b")

_REFUSED = re.compile(r"\b(?:rais(?:e|es|ed)|reject(?:s|ed)?|refus(?:e|es|ed)|errors?)\b", re.I)


def _exception_import(tree: ast.Module, call: ast.Call, exc: str) -> str | None:
    """'' for a builtin; the import line naming ``exc`` beside the callee's own import;
    None when it cannot be told where the class comes from."""
    if isinstance(getattr(builtins, exc, None), type):
        return ""
    if not isinstance(call.func, ast.Name):
        return None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and any(
                a.name == call.func.id and a.asname is None for a in node.names):
            root = node.module.split(".")[0]
            if root not in sys.stdlib_module_names:
                return None  # the engine does not import the app's dependencies to look
            if not isinstance(getattr(importlib.import_module(node.module), exc, None), type):
                return None
            if any(a.name == exc for a in node.names):
                return ""
            return f"from {node.module} import {', '.join([*(a.name for a in node.names), exc])}"
    return None


class UnknownValueFallback:
    name = "unknown-value-fallback"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or statement is None or function is None or tree is None \
                or statement not in function.body:
            return
        value = statement.value if isinstance(statement, ast.Return | ast.Assign) else None
        params = {a.arg for a in [*function.args.posonlyargs, *function.args.args,
                                  *function.args.kwonlyargs]}
        if not isinstance(value, ast.Call) or not value.args or not isinstance(
                value.args[0], ast.Name) or value.args[0].id not in params:
            return
        constants = {t.id for n in tree.body if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name)}
        sentence = self._documented(ast.get_docstring(function) or "", constants)
        if sentence is None:
            return
        fallback, reason = sentence
        exc = analysis.exc_type.rsplit(".", 1)[-1]
        import_line = _exception_import(tree, value, exc)
        if import_line is None:
            return
        source = crash.source
        if statement.lineno != statement.end_lineno:
            return  # one line: wrapped in the try, a continuation would need re-indenting
        indent, step = indentation_of(source, statement.lineno), indent_unit(source)
        text = ast.get_source_segment(source, statement) or ast.unparse(statement)
        inner = ast.parse(text).body[0]
        assert isinstance(inner, ast.Return | ast.Assign) and isinstance(inner.value, ast.Call)
        again = replace_node(text, inner.value.args[0], fallback)
        block = (f"try:\n{indent}{step}{text}\n{indent}except {exc}:\n"
                 f"{indent}{step}{again}")
        edited = replace_node(source, statement, block)
        if import_line:
            importer = next(n for n in tree.body if isinstance(n, ast.ImportFrom)
                            and isinstance(value.func, ast.Name)
                            and any(a.name == value.func.id for a in n.names))
            edited = replace_node(edited, importer, import_line) \
                if importer.lineno < statement.lineno else edited
        yield Candidate(
            strategy=self.name,
            description=f"A value `{ast.unparse(value.func)}` does not know now falls back "
                        f"to {fallback}, as the docstring says, instead of raising {exc}.",
            edits={crash.path: edited}, originals={crash.path: source},
            plausibility=0.8, contract=reason,
        )

    def _documented(self, docstring: str, constants: set[str]) -> tuple[str, str] | None:
        for sentence in sentences(docstring):
            match = _FALLS_BACK.search(sentence)
            if match and _UNKNOWN.search(sentence) and match["name"] in constants \
                    and not _REFUSED.search(sentence):
                return match["name"], f'the docstring says: "{sentence[:200]}"'
        return None
