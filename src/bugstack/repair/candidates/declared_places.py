"""The declared place a value is handed to: a field of a repository class (its base classes
included) or a parameter of a repository function that a keyword fills, a function's
return, an annotated local, or a local whose one later use hands it to one of those.

``destinations`` follows a crashing expression out to its place and reads what the
place's declaration and documentation say the value is in the other case; this module
finds the place itself, with its annotation and the words written about it (the comment
above or beside a declaration, a ``Field(description=...)``, the sentences of a class's
or function's docstring that name it). Finding a declaration across the repository's
modules is a piece of work of its own.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis, FunctionNode

__all__ = ["Place", "annotated_place", "keyword_place", "return_place", "stored_then_passed"]


@dataclass(frozen=True, slots=True)
class Place:
    """A place a value can be handed to, with its annotation and the words about it."""

    name: str
    annotation: ast.expr | None
    docs: list[str]
    #: The docs are about this place alone (a field's comment, a parameter's sentence),
    #: not about the whole function (its docstring, for its return value).
    attached: bool = True


def stored_then_passed(analysis: Analysis, function: FunctionNode, assign: ast.Assign,
                       parents: dict[int, ast.AST]) -> Place | None:
    """``name = value`` whose one later use hands it on unchanged (a keyword, a return)."""
    target = assign.targets[0]
    assert isinstance(target, ast.Name)
    after = assign.end_lineno or assign.lineno
    later = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == target.id
             and n.lineno > after]
    uses = [n for n in later if isinstance(n.ctx, ast.Load)]
    if len(uses) != 1 or len(later) != 1:
        return None  # used again in ways a None might break, reassigned, or not used
    holder = parents.get(id(uses[0]))
    if isinstance(holder, ast.keyword) and holder.arg is not None:
        call = parents.get(id(holder))
        return keyword_place(analysis, call, holder.arg) if isinstance(call, ast.Call) else None
    if isinstance(holder, ast.Return):
        return return_place(function)
    return None


def return_place(function: FunctionNode) -> Place:
    doc = ast.get_docstring(function)
    return Place(f"the return value of `{function.name}`", function.returns,
                  [doc] if doc else [], attached=False)


def annotated_place(analysis: Analysis, assign: ast.AnnAssign) -> Place | None:
    if analysis.crash is None or not isinstance(assign.target, ast.Name):
        return None
    return Place(f"`{assign.target.id}`", assign.annotation,
                  _comments_about(analysis.crash.source, assign))


def keyword_place(analysis: Analysis, call: ast.Call, keyword: str) -> Place | None:
    """The field of a repository class, or the parameter of a repository function, that
    the call's keyword fills; None when it is not found or its declarations disagree."""
    func = call.func
    callee = func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)
    if callee is None:
        return None
    places: dict[str, Place] = {}
    for found in _declarations(analysis, callee, keyword):
        places[ast.dump(found.annotation) if found.annotation else ""] = found
    return next(iter(places.values())) if len(places) == 1 else None


def _declarations(analysis: Analysis, callee: str, keyword: str,
                  depth: int = 0) -> Iterable[Place]:
    """Each declaration of ``keyword`` by a class or function named ``callee``; a class
    that does not declare it is looked up in its base classes (by name, a few levels)."""
    for source, tree in _modules(analysis, callee):
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == callee:
                field = _class_field(source, node, keyword)
                if field is not None:
                    yield field
                elif depth < 3:
                    for base in node.bases:
                        name = base.id if isinstance(base, ast.Name) else (
                            base.attr if isinstance(base, ast.Attribute) else None)
                        if name is not None and name != callee:
                            yield from _declarations(analysis, name, keyword, depth + 1)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                    and node.name == callee:
                parameter = _parameter(node, keyword)
                if parameter is not None:
                    yield parameter


def _modules(analysis: Analysis, name: str) -> list[tuple[str, ast.Module]]:
    """The crash module, then the repository's other modules that define ``name``."""
    assert analysis.crash is not None
    found = []
    if analysis.tree is not None:
        found.append((analysis.crash.source, analysis.tree))
    pattern = re.compile(rf"^\s*(class|def|async def)\s+{re.escape(name)}\b", re.M)
    for rel, text, tree in analysis.parsed_files(name):
        if rel == analysis.crash.path or rel.startswith("tests/") or "/tests/" in rel:
            continue
        if pattern.search(text):
            found.append((text, tree))
    return found


def _class_field(source: str, cls: ast.ClassDef, name: str) -> Place | None:
    for item in cls.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) \
                and item.target.id == name:
            docs = _comments_about(source, item)
            if isinstance(item.value, ast.Call):  # Field(None, description="...")
                docs += [k.value.value for k in item.value.keywords
                         if k.arg == "description" and isinstance(k.value, ast.Constant)
                         and isinstance(k.value.value, str)]
            class_doc = ast.get_docstring(cls)
            if class_doc:
                docs += [s for s in re.split(r"(?<=[.;])\s+", class_doc) if name in s]
            return Place(f"`{cls.name}.{name}`", item.annotation, docs)
    return None


def _parameter(function: FunctionNode, name: str) -> Place | None:
    args = function.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.arg == name:
            doc = ast.get_docstring(function) or ""
            sentences = [s for s in re.split(r"(?<=[.;])\s+", doc) if name in s]
            return Place(f"the parameter `{name}` of `{function.name}`", arg.annotation,
                          sentences)
    return None


def _comments_about(source: str, statement: ast.stmt) -> list[str]:
    """The comment block right above a declaration and the comment at its end, as text."""
    lines = source.splitlines()
    block: list[str] = []
    index = statement.lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        block.insert(0, lines[index].strip().lstrip("#:").strip())
        index -= 1
    docs = [" ".join(block)] if block else []
    end = lines[(statement.end_lineno or statement.lineno) - 1]
    if "#" in end:
        docs.append(end.split("#", 1)[1].lstrip(":").strip())
    return docs
