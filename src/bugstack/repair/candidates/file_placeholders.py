"""A Django file field without a file, where the documentation names its placeholder.

``product.photo.url`` raises ``ValueError: The 'photo' attribute has no file associated
with it.`` for a record saved without the optional file. Where a sentence of the crashed
function's docstring (or a comment in it) says what such a record gets, by the name of a
text constant of the app ("a product without a photo gets PLACEHOLDER_PHOTO"), the read
becomes ``(product.photo.url if product.photo else PLACEHOLDER_PHOTO)``, importing the
constant from the app module that defines it. No such sentence, a sentence that refuses
or raises, or a name that is no text constant of the crashed module or of a module it
imports from, get nothing: None or an empty URL is never chosen in its place.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_node

__all__ = ["FilePlaceholder"]

_NO_FILE = re.compile(r"The '(?P<field>\w+)' attribute has no file associated with it")
_CONSTANT = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\b")
_REFUSED = re.compile(r"\b(?:raises?|refused?|rejects?|error|400|404|required)\b", re.I)
_FILE_ATTRIBUTES = {"url", "path", "size", "name"}


class FilePlaceholder:
    name = "file-placeholder"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        found = _NO_FILE.search(analysis.message)
        if (analysis.exc_type != "ValueError" or found is None or crash is None
                or statement is None or function is None or tree is None):
            return
        field = found["field"]
        sentence = _placeholder_sentence(crash.source, function, field)
        if sentence is None:
            return
        names = [n for n in _CONSTANT.findall(sentence)]
        if len(set(names)) != 1:
            return
        constant = names[0]
        where = _text_constant_home(analysis, tree, constant)
        if where is None:
            return
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Attribute) and node.attr in _FILE_ATTRIBUTES
                    and isinstance(node.value, ast.Attribute) and node.value.attr == field):
                continue
            read = ast.get_source_segment(crash.source, node) or ""
            owner = ast.get_source_segment(crash.source, node.value) or ""
            if not read or not owner:
                return
            new = replace_node(crash.source, node, f"({read} if {owner} else {constant})")
            if where:
                new = insert_import(new, f"from {where} import {constant}")
            yield Candidate(
                strategy=self.name,
                description=f"A record without a `{field}` file now gets `{constant}`, as "
                            "the documentation says, instead of raising ValueError.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.9,
                contract=f"the documentation names the placeholder: \"{sentence[:160]}\"",
            )
            return


def _placeholder_sentence(source: str, function: ast.AST, field: str) -> str | None:
    """The one sentence of the function's docstring or comments saying what a record
    without the file gets, by a constant's name; None when there is none, or it refuses."""
    docstring = ast.get_docstring(function) if isinstance(
        function, ast.FunctionDef | ast.AsyncFunctionDef) else None
    start = getattr(function, "lineno", 1)
    end = getattr(function, "end_lineno", start) or start
    comments = [line.split("#", 1)[1] for line in source.splitlines()[start - 1:end]
                if line.lstrip().startswith("#")]
    text = " ".join(" ".join([docstring or "", *comments]).split())
    without = re.compile(rf"\b(?:without (?:an? |its |any )?{field}|no {field}|{field} "
                         rf"(?:is )?(?:missing|absent|empty))\b", re.I)
    found = [s for s in re.split(r"(?<=[.;])\s+", text)
             if without.search(s) and _CONSTANT.search(s)]
    if len(found) != 1 or _REFUSED.search(found[0]):
        return None
    return found[0]


def _text_constant_home(analysis: Analysis, tree: ast.Module, name: str) -> str | None:
    """"" when the crashed module defines ``name`` as text (no import needed), the module
    to import it from when a module it imports from defines it, else None."""
    if _defines_text(tree, name):
        return ""
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        rel = node.module.replace(".", "/")
        for path in (f"{rel}.py", f"{rel}/__init__.py", f"src/{rel}.py"):
            text = analysis.read(path)
            if text is None:
                continue
            try:
                other = ast.parse(text)
            except SyntaxError:
                break
            if _defines_text(other, name):
                return node.module
            break
    return None


def _defines_text(tree: ast.Module, name: str) -> bool:
    for node in tree.body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        value = getattr(node, "value", None)
        if (any(isinstance(t, ast.Name) and t.id == name for t in targets)
                and isinstance(value, ast.Constant) and isinstance(value.value, str)):
            return True
    return False
