"""``KeyError: 'overtime'`` from a record whose ``TypedDict`` declares no such key, but
one that extends its name (``overtime_hours``): a key renamed where the records are made
and not where they are read.

The read is renamed to the declared key. ``entry.get("overtime", 0)``, the obvious guard,
would stop the crash and silently read every record as having none.

Backing, all of it required: the value read is typed by a ``TypedDict`` of the
repository, through its own annotation or as the item of an annotated collection it is
taken from (``for entry in entries`` with ``entries: list[TimesheetEntry]``); the
``TypedDict`` declares no key of the missing name, and exactly one key whose words
(split at ``_``) contain the missing key's words in order; the declaration says that key
was the missing one (a comment on or just above it, or the class docstring: ``# was
"overtime"``, "renamed from ``overtime``"); and the value, where a frame captured it,
holds that key. A name that merely extends the old one says nothing on its own: it may be
its negation (``no_newsletter``), another unit (``price_cents``) or another field
(``parent_id``, ``total_items``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes

__all__ = ["TypedDictKeyRenamed"]

_COLLECTIONS = {"list", "List", "Sequence", "Iterable", "Iterator", "Collection", "tuple",
                "set", "frozenset"}


def _annotation_of(function: FunctionNode, name: str) -> ast.expr | None:
    for argument in [*function.args.posonlyargs, *function.args.args,
                     *function.args.kwonlyargs]:
        if argument.arg == name:
            return argument.annotation
    return None


def _type_name(function: FunctionNode, value: str) -> str | None:
    """The class the annotations give ``value``: its own, or that of the items of the
    annotated collection a loop or comprehension takes it from."""
    own = _annotation_of(function, value)
    if isinstance(own, ast.Name):
        return own.id
    for node in ast.walk(function):
        loops = [node] if isinstance(node, ast.For) else (
            node.generators if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp
                                          | ast.DictComp) else [])
        for loop in loops:
            if not (isinstance(loop.target, ast.Name) and loop.target.id == value
                    and isinstance(loop.iter, ast.Name)):
                continue
            outer = _annotation_of(function, loop.iter.id)
            if (isinstance(outer, ast.Subscript) and isinstance(outer.value, ast.Name)
                    and outer.value.id in _COLLECTIONS and isinstance(outer.slice, ast.Name)):
                return outer.slice.id
    return None


def _declared_keys(analysis: Analysis, name: str) -> dict[str, str] | None:
    """The ``TypedDict``'s keys, each with what documents it: the comments on its line
    and the comment lines just above, and the class docstring."""
    found = [(node, text) for _, text, tree in analysis.parsed_files(f"class {name}")
             for node in tree.body if isinstance(node, ast.ClassDef) and node.name == name]
    if len(found) != 1 or not any(ast.unparse(base).endswith("TypedDict")
                                  for base in found[0][0].bases):
        return None
    node, text = found[0]
    lines = text.splitlines()
    docstring = ast.get_docstring(node) or ""
    keys: dict[str, str] = {}
    for item in node.body:
        if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
            continue
        said = [lines[item.lineno - 1].partition("#")[2]]
        above = item.lineno - 2
        while above >= 0 and lines[above].strip().startswith("#"):
            said.append(lines[above].strip().lstrip("#"))
            above -= 1
        keys[item.target.id] = " ".join([*said, docstring])
    return keys


_RENAMED = re.compile(r"\b(?:was|were|renamed|formerly|previously|used to be|old name|"
                      r"called)\b", re.I)


def _documents_rename(said: str, missing: str) -> bool:
    """Whether ``said`` names ``missing`` as the key's old name."""
    named = re.search(rf"[\"'`]{re.escape(missing)}[\"'`]", said)
    return named is not None and _RENAMED.search(said) is not None


def _extends(key: str, missing: str) -> bool:
    words, wanted = key.split("_"), missing.split("_")
    return key != missing and any(words[i:i + len(wanted)] == wanted
                                  for i in range(len(words) - len(wanted) + 1))


class TypedDictKeyRenamed:
    name = "typed-dict-key-renamed"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "KeyError" or crash is None or statement is None \
                or function is None:
            return
        missing = analysis.missing_text_key()
        if missing is None:
            return
        reads = [node for node in ast.walk(statement) if isinstance(node, ast.Subscript)
                 and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)
                 and isinstance(node.slice, ast.Constant) and node.slice.value == missing]
        values = {node.value.id for node in reads if isinstance(node.value, ast.Name)}
        if len(values) != 1:
            return
        value = values.pop()
        declared = _type_name(function, value)
        keys = _declared_keys(analysis, declared) if declared else None
        if not keys or missing in keys:
            return
        renamed = [key for key in keys if _extends(key, missing)]
        if len(renamed) != 1 or not _documents_rename(keys[renamed[0]], missing):
            return
        key = renamed[0]
        captured = [frame.frame.vars.get(value) for frame in site.frames]
        if any(isinstance(c, dict) and key not in c for c in captured):
            return  # the record production had does not hold the declared key either
        quote = (ast.get_source_segment(crash.source, reads[0].slice) or '"')[0]
        new = replace_nodes(crash.source, [(node.slice, f"{quote}{key}{quote}")
                                           for node in reads])
        yield Candidate(
            strategy=self.name,
            description=(f"`{value}` is a `{declared}`, which declares no key {missing!r} "
                         f"but {key!r}; the read uses the declared key."),
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.8,
            contract=(f"the `TypedDict` `{declared}` declares {key!r}, documented as the "
                      f"key once called {missing!r}, and no {missing!r}"),
        )
