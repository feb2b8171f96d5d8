"""``next(x for x in items if ...)`` with nothing matching: StopIteration.

The fix gives ``next()`` a default, and which default is a choice of behaviour, so the
code's own contract has to name it: a module constant the docstring names for the case
where nothing matches ("a country listed in no zone ships at the ``REST_OF_WORLD``
rate"), a constant that names the default (``DEFAULT_ZONE``), or None when the function
returns the ``next()`` and its return type allows None. When the contract says nothing,
no candidate is proposed: raising was at least honest, a made-up default is not.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract import (
    Evidence,
    default_for_annotation,
    documented_default,
    named_default,
)

__all__ = ["ExhaustedIterator", "documented_constant"]

#: A sentence about the case where nothing matches.
_NOTHING_MATCHES = re.compile(
    r"\b(no|not|none|nothing|unlisted|unknown|missing|otherwise|else|fall(s|ing)? back|"
    r"any other|other(wise)?|default)\b", re.I,
)
#: ...that refuses instead of naming a value to give.
_REFUSES = re.compile(r"\b(raises?|errors?|rejects?|refuses?|fails?)\b", re.I)
_CONSTANT = re.compile(r"``?([A-Z][A-Z0-9_]{2,})``?|\b([A-Z][A-Z0-9_]*_[A-Z0-9_]+|[A-Z]{3,})\b")


def _module_constants(tree: ast.Module) -> dict[str, ast.Assign | ast.AnnAssign]:
    found: dict[str, ast.Assign | ast.AnnAssign] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            found[node.target.id] = node
    return found


def _type_name(node: ast.expr | None) -> str | None:
    """``Zone`` for ``Zone``, ``zones.Zone`` or ``"Zone"``; None for anything fancier."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.rsplit(".", 1)[-1]
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else None


def _fits(constant: ast.Assign | ast.AnnAssign, wanted: str | None) -> bool:
    """Whether the constant can be a ``wanted`` (a type name), as far as the code shows."""
    if wanted is None:
        return True
    if isinstance(constant, ast.AnnAssign):
        return _type_name(constant.annotation) == wanted
    value = constant.value
    if isinstance(value, ast.Call):
        made = _type_name(value.func)
        # A class (capitalised) that is not the type wanted makes something else.
        return made == wanted or not (made and made[:1].isupper())
    if isinstance(value, ast.Constant):
        return type(value.value).__name__ == wanted
    displays = {ast.Dict: ("dict", "Mapping"), ast.List: ("list", "Sequence"),
                ast.Set: ("set",), ast.Tuple: ("tuple", "Sequence")}
    for display, names in displays.items():
        if isinstance(value, display):
            return wanted in names  # a table of codes is no Plan
    return True


def documented_constant(docstring: str | None, tree: ast.Module, excluded: set[str],
                        wanted: str | None = None) -> Evidence | None:
    """A module constant the docstring names for the case where nothing matches.

    ``excluded`` are names the failing expression already uses (the collection searched),
    which are not a fallback; ``wanted`` is the type name the value must be, when known.
    """
    if not docstring:
        return None
    constants = _module_constants(tree)
    text = re.sub(r"\s*\n\s*", " ", docstring)
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if _REFUSES.search(sentence):
            continue
        # The constant must be named in the clause about the case where nothing matches:
        # "we do not ship to unlisted countries, and ``EUROPE`` holds most of the others"
        # names no fallback.
        for clause in _CLAUSE.split(sentence):
            if not _NOTHING_MATCHES.search(clause):
                continue
            for match in _CONSTANT.finditer(clause):
                name = match.group(1) or match.group(2)
                if name in constants and name not in excluded \
                        and _fits(constants[name], wanted):
                    return Evidence(name, "the documentation says: "
                                          f"\"{sentence.strip()[:120]}\"")
    return None


_CLAUSE = re.compile(r"\s*[:;]\s+|,?\s+(?:and|but|while|whereas)\s+(?=``?[A-Z])|,\s+(?:and|but|"
                     r"while|whereas)\s+|\s+(?:--|\u2014)\s+")


_CONTAINERS = {"list", "List", "tuple", "Tuple", "set", "Set", "frozenset", "Sequence",
               "Iterable", "Iterator", "Collection"}


def _element_type(call: ast.Call, analysis: Analysis) -> str | None:
    """The type of what ``next()`` yields, when the code says: ``p for p in plans`` with
    ``plans: list[Plan]``, or ``z for z in ZONES`` with ``ZONES = (Zone(...), ...)``."""
    generator = call.args[0]
    if not (isinstance(generator, ast.GeneratorExp) and len(generator.generators) == 1):
        return None
    loop = generator.generators[0]
    if not (isinstance(generator.elt, ast.Name) and isinstance(loop.target, ast.Name)
            and generator.elt.id == loop.target.id and isinstance(loop.iter, ast.Name)):
        return None
    assert analysis.function is not None and analysis.tree is not None
    args = analysis.function.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        annotation = arg.annotation
        if arg.arg == loop.iter.id and isinstance(annotation, ast.Subscript) \
                and _type_name(annotation.value) in _CONTAINERS:
            inner = annotation.slice
            inner = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
            return _type_name(inner)
    constant = _module_constants(analysis.tree).get(loop.iter.id)
    items = constant.value if constant is not None else None
    if isinstance(items, ast.Tuple | ast.List) and items.elts:
        made = {_type_name(e.func) if isinstance(e, ast.Call) else None for e in items.elts}
        if len(made) == 1:
            return made.pop()
    return None


def _next_calls(statement: ast.stmt) -> Iterator[ast.Call]:
    for node in ast.walk(statement):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "next" and len(node.args) == 1 and not node.keywords):
            yield node


def _defaults(analysis: Analysis, call: ast.Call) -> Iterator[tuple[Evidence, float]]:
    assert analysis.function is not None and analysis.tree is not None
    statement, function = analysis.statement, analysis.function
    returned = isinstance(statement, ast.Return) and statement.value is call
    wanted = _type_name(function.returns) if returned else None
    searched = {n.id for n in ast.walk(call.args[0]) if isinstance(n, ast.Name)}
    docstring = ast.get_docstring(function)
    element = _element_type(call, analysis)
    named = documented_constant(docstring, analysis.tree, searched, wanted)
    constants = _module_constants(analysis.tree)
    if named is not None and _fits(constants[named.source], element):
        yield named, 0.85
    target = None
    if isinstance(statement, ast.Assign) and statement.value is call \
            and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        target = statement.targets[0].id
    subject = target or (wanted.lower() if wanted else None)
    source = analysis.crash.source if analysis.crash else ""
    constant = named_default(source, subject) if subject else None
    if constant is not None and constant.source not in searched \
            and constant.source in constants \
            and all(_fits(constants[constant.source], t) for t in (wanted, element)):
        yield constant, 0.8
    if returned:
        # None is only a contract for the function's own answer, not for a value the
        # function goes on to use.
        said = documented_default(docstring)
        if said is not None and said.source == "None" and not _REFUSES.search(said.reason):
            yield said, 0.8
        typed = default_for_annotation(function.returns)
        if typed is not None and typed.source == "None":
            yield typed, 0.75


class ExhaustedIterator:
    name = "exhausted-iterator"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        generator = (analysis.exc_type == "RuntimeError"
                     and "generator raised StopIteration" in analysis.message)
        if analysis.exc_type != "StopIteration" and not generator:
            return
        if crash is None or statement is None or analysis.function is None \
                or analysis.tree is None:
            return
        for call in _next_calls(statement):
            iterable = ast.get_source_segment(crash.source, call.args[0]) \
                or ast.unparse(call.args[0])
            seen: set[str] = set()
            for default, plausibility in _defaults(analysis, call):
                if default.source in seen:
                    continue
                seen.add(default.source)
                yield Candidate(
                    strategy=self.name,
                    description=f"When nothing is left for `next()`, it now gives "
                                f"`{default.source}` instead of raising StopIteration.",
                    edits={crash.path: replace_node(
                        crash.source, call, f"next({_parenthesised(call.args[0], iterable)}, "
                                            f"{default.source})")},
                    originals={crash.path: crash.source}, plausibility=plausibility,
                    contract=default.reason,
                )


def _parenthesised(argument: ast.expr, text: str) -> str:
    """A generator expression goes without parentheses only as a sole argument."""
    if not isinstance(argument, ast.GeneratorExp):
        return text
    try:
        ast.parse(f"next({text}, None)", mode="eval")
    except SyntaxError:
        return f"({text})"
    return text
