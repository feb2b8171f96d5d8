"""The filtered accessor the module already has: ``published_posts()`` instead of ``POSTS``.

``sorted(POSTS, key=lambda p: p.published)`` raises "'<' not supported between instances
of 'NoneType' and 'datetime'" when a draft (``published=None``) is among the posts. When
the project already has a function that gives the same collection without such items
(``def published_posts(): return [p for p in POSTS if p.published is not None]``) and the
crashing function documents that it shows only those ("the feed shows published posts
only"), the fix reads the collection through that function, as the documentation says,
instead of sorting None somewhere or skipping it in place.

Both are required: the accessor's filter must test the very attribute the crashing
statement reads on the items, and a sentence of the crashing function (docstring or the
comments around it) must name what the accessor keeps (the words of its name other than
the collection's own: "published") with a word that restricts ("only", "never", "left
out"). A list that merely happens to have a filtered sibling (tasks sorted by due date,
the undated ones listed last) gets nothing: dropping items is a behaviour change only the
documentation can ask for.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.contract_items import documentation_near, sentences

__all__ = ["FilteredAccessor"]

_NONE_MET = re.compile(r"'NoneType'|NoneType\b")
_RESTRICTS = re.compile(r"\b(only|never|must\s+not|mustn't|exclud(?:e|es|ed|ing)|left\s+out"
                        r"|not\s+(?:shown|listed|included))\b", re.I)
_GENERIC = {"get", "all", "list", "items", "the", "of", "for"}


def _filtered_attribute(function: ast.FunctionDef, collection: str) -> str | None:
    """``attr`` when the function's answer comes from one comprehension over
    ``collection`` keeping only the items whose ``attr`` is set."""
    if function.args.args or function.args.posonlyargs or function.args.kwonlyargs:
        return None
    found: set[str] = set()
    for node in ast.walk(function):
        if not isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp):
            continue
        for generator in node.generators:
            if not (isinstance(generator.iter, ast.Name) and generator.iter.id == collection
                    and isinstance(generator.target, ast.Name) and generator.ifs):
                continue
            item = generator.target.id
            for test in generator.ifs:
                subject = test.left if isinstance(test, ast.Compare) and len(test.ops) == 1 \
                    and isinstance(test.ops[0], ast.IsNot) and isinstance(
                        test.comparators[0], ast.Constant) and test.comparators[0].value is None \
                    else test
                if isinstance(subject, ast.Attribute) and isinstance(subject.value, ast.Name) \
                        and subject.value.id == item:
                    found.add(subject.attr)
    return next(iter(found)) if len(found) == 1 else None


def _words(name: str) -> set[str]:
    return {w for w in name.lower().split("_") if w}


def _documented(texts: list[tuple[str, str]], keeps: set[str]) -> str | None:
    for where, text in texts:
        for sentence in sentences(text):
            words = set(re.findall(r"[a-z]+", sentence.lower()))
            if keeps & words and _RESTRICTS.search(sentence):
                return f'{where} says: "{sentence[:200]}"'
    return None


class FilteredAccessor:
    name = "filtered-accessor"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or statement is None or function is None or tree is None \
                or analysis.exc_type not in ("TypeError", "AttributeError") \
                or not _NONE_MET.search(analysis.message):
            return
        read = {n.attr for n in ast.walk(statement) if isinstance(n, ast.Attribute)}
        uses: dict[str, list[ast.Name]] = {}
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) \
                    and node.id.isupper():
                uses.setdefault(node.id, []).append(node)
        for collection, names in uses.items():
            found = self._accessor(analysis, tree, collection, read)
            if found is None:
                continue
            accessor, module = found
            keeps = _words(accessor) - _words(collection) - {
                w.rstrip("s") for w in _words(collection)} - _GENERIC
            reason = _documented(documentation_near(crash.source, tree, crash.lineno), keeps) \
                if keeps else None
            if reason is None:
                continue
            edits: list[tuple[ast.AST, str]] = [(name, f"{accessor}()") for name in names]
            imported = self._import_edit(tree, collection, accessor, module, names)
            if imported is None:
                continue
            edits += imported
            yield Candidate(
                strategy=self.name,
                description=f"`{function.name}` now reads `{accessor}()` instead of "
                            f"`{collection}`, so the items it leaves out never reach this "
                            "code, as the documentation says.",
                edits={crash.path: replace_nodes(crash.source, edits)},
                originals={crash.path: crash.source}, plausibility=0.8,
                contract=f"{reason}; `{accessor}` keeps only the items whose attribute is set",
            )

    def _accessor(self, analysis: Analysis, tree: ast.Module, collection: str,
                  read: set[str]) -> tuple[str, str | None] | None:
        """The filtering function and the module it lives in (None: the crash's own)."""
        sources: list[tuple[ast.Module, str | None]] = [(tree, None)]
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and any(
                    alias.name == collection and alias.asname is None for alias in node.names):
                text = analysis.read(node.module.replace(".", "/") + ".py")
                try:
                    if text is not None:
                        sources.append((ast.parse(text), node.module))
                except SyntaxError:
                    continue
        found = [(node.name, module) for module_tree, module in sources
                 for node in module_tree.body if isinstance(node, ast.FunctionDef)
                 and _filtered_attribute(node, collection) in read]
        return found[0] if len(set(found)) == 1 else None

    def _import_edit(self, tree: ast.Module, collection: str, accessor: str,
                     module: str | None, replaced: list[ast.Name]) -> (
                         list[tuple[ast.AST, str]] | None):
        """The import line as it must read: the accessor imported if it is not, and the
        collection dropped from it if nothing else reads it any more."""
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        if module is None or accessor in defined:
            return []
        statement = next((n for n in tree.body if isinstance(n, ast.ImportFrom)
                          and n.module == module and n.level == 0), None)
        if statement is None:
            return None
        names = [alias.name for alias in statement.names]
        if any(alias.asname for alias in statement.names) or "*" in names:
            return None
        others = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == collection
                  and all(n is not r for r in replaced)]
        kept = [n for n in names if n != collection or others]
        if accessor not in kept:
            kept.append(accessor)
        if kept == names:
            return []
        return [(statement, f"from {module} import {', '.join(kept)}")]
