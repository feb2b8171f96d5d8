"""A list handed to something that hashes it: a cached function, a set, a dict key.

``parcel_rate(zone, weights)`` under ``functools.lru_cache`` hashes its arguments to look
them up, and a list cannot be hashed: "unhashable type: 'list'". Removing the cache makes
the error go away and drops what the cache was there for; the fix is to hand over the
hashable form the receiver asks for, at the call: ``tuple(weights)``.

Which form is the receiver's to say, and the fix is made only when it says it: the cached
function's parameter annotation (``weights_kg: tuple[float, ...]``), another call of the
same function in the repository that already converts the argument (``tuple(...)``), or,
for a set or a dict, the container's annotation (``seen: set[tuple[str, ...]]``). A
receiver that says nothing gets no candidate.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.calls import called_name
from bugstack.repair.candidates.edits import replace_node

__all__ = ["UnhashableArgument"]

_UNHASHABLE = re.compile(r"unhashable type: '(list|set|dict)'")
_CACHES = {"lru_cache", "cache"}
# The hashable form an annotation names, and the conversion that makes it.
_HASHABLE = {"tuple": "tuple", "Tuple": "tuple", "frozenset": "frozenset",
             "FrozenSet": "frozenset"}
# A dict has no hashable form that keeps its meaning for the callee; only sequences and
# sets are converted.
# A set becomes a frozenset only: a tuple of it would take the set's arbitrary order into
# the key.
_CONVERTIBLE = {"list": ("tuple", "frozenset"), "set": ("frozenset",)}


@dataclass(frozen=True, slots=True)
class _Conversion:
    argument: ast.expr
    into: str  # "tuple" or "frozenset"
    contract: str


def _decorator_name(decorator: ast.expr) -> str:
    node = decorator.func if isinstance(decorator, ast.Call) else decorator
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def _is_cached(function: FunctionNode) -> bool:
    return any(_decorator_name(d) in _CACHES for d in function.decorator_list)


def _hashable_form(annotation: ast.expr | None) -> str | None:
    """``tuple[float, ...]`` -> ``tuple``; ``frozenset[str]`` -> ``frozenset``."""
    if annotation is None:
        return None
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:  # a string annotation
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", None)
    return _HASHABLE.get(name) if isinstance(name, str) else None


def _is_sequence(annotation: ast.expr | None) -> bool:
    """``list[str]``, ``Sequence[str]``: an annotation that says order and repeats count."""
    if annotation is None:
        return False
    head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", None)
    return name in ("list", "List", "Sequence", "MutableSequence")


def _converted(argument: ast.expr) -> str | None:
    """The conversion an argument already goes through: ``tuple(x)`` -> ``tuple``."""
    if (isinstance(argument, ast.Call) and isinstance(argument.func, ast.Name)
            and argument.func.id in ("tuple", "frozenset")):
        return argument.func.id
    if isinstance(argument, ast.Tuple):
        return "tuple"
    return None


def _parameters(function: FunctionNode) -> list[ast.arg]:
    params = [*function.args.posonlyargs, *function.args.args]
    if params and params[0].arg in ("self", "cls"):
        params = params[1:]
    return params


def _bound(call: ast.Call, function: FunctionNode) -> list[tuple[ast.arg, int, ast.expr]]:
    """(parameter, its position, the argument passed to it) for each argument of the call."""
    params = _parameters(function)
    bound = [(params[i], i, arg) for i, arg in enumerate(call.args)
             if i < len(params) and not isinstance(arg, ast.Starred)]
    by_name = {p.arg: i for i, p in enumerate([*params, *function.args.kwonlyargs])}
    every = [*params, *function.args.kwonlyargs]
    bound += [(every[by_name[k.arg]], by_name[k.arg], k.value) for k in call.keywords
              if k.arg in by_name]
    return bound


def _module_name(rel: str) -> str:
    return rel.removesuffix(".py").replace("/", ".").removesuffix(".__init__")


def _calls_the_definition(tree: ast.Module, rel: str, call: ast.Call, crash_call: ast.Call,
                          defined_in: str) -> bool:
    """Whether ``call`` in ``rel`` calls the cached function of ``defined_in``, not another
    function or method of the same name (``score(frozenset(word))`` in a module with a
    ``score`` of its own says nothing of the cached ``score``)."""
    if type(call.func) is not type(crash_call.func):
        return False
    if rel == defined_in:
        return True
    module = "." + _module_name(defined_in)
    name = call.func.id if isinstance(call.func, ast.Name) else None
    receiver = (call.func.value.id if isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name) else None)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            source = "." + node.module
            for alias in node.names:
                bound = alias.asname or alias.name
                if name is not None and bound == name and alias.name == name \
                        and module.endswith(source):
                    return True
                if receiver is not None and bound == receiver \
                        and module.endswith(f"{source}.{alias.name}"):
                    return True
        elif isinstance(node, ast.Import) and receiver is not None and any(
                (alias.asname or alias.name) == receiver
                and module.endswith("." + alias.name) for alias in node.names):
            return True
    return False


def _sibling_conversion(analysis: Analysis, name: str, position: int, parameter: str,
                        crash_call: ast.Call, defined_in: str) -> tuple[str, str] | None:
    """How another call of the cached ``name`` in the repository passes this argument, if
    converted."""
    for rel, text, tree in analysis.parsed_files(f"{name}("):
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and called_name(node) == name
                    and _calls_the_definition(tree, rel, node, crash_call, defined_in)):
                continue
            if (analysis.crash is not None and rel == analysis.crash.path
                    and node.lineno == crash_call.lineno
                    and node.col_offset == crash_call.col_offset):
                continue
            argument = (node.args[position] if position < len(node.args)
                        else next((k.value for k in node.keywords if k.arg == parameter), None))
            form = _converted(argument) if argument is not None else None
            if form is not None:
                where = ast.get_source_segment(text, node) or ast.unparse(node)
                return form, f"{rel}:{node.lineno} passes it converted: `{where[:100]}`"
    return None


def _cached_call_conversions(analysis: Analysis, statement: ast.stmt,
                             kind: str) -> Iterator[_Conversion]:
    for call in (n for n in ast.walk(statement) if isinstance(n, ast.Call)):
        name = called_name(call)
        if name is None:
            continue
        definitions = [(rel, f) for rel, f in analysis.definitions(name) if _is_cached(f)]
        if len(definitions) != 1:
            continue  # no cached definition, or several the call could mean
        rel, function = definitions[0]
        for parameter, position, argument in _bound(call, function):
            if _converted(argument) is not None or isinstance(argument, ast.Constant):
                continue
            form = _hashable_form(parameter.annotation)
            if form is not None:
                contract = (f"`{name}` is cached and its parameter `{parameter.arg}` is "
                            f"annotated `{ast.unparse(parameter.annotation)}` ({rel}:"  # type: ignore[arg-type]
                            f"{function.lineno})")
            else:
                sibling = _sibling_conversion(analysis, name, position, parameter.arg, call,
                                              rel)
                if sibling is None or (sibling[0] == "frozenset"
                                       and _is_sequence(parameter.annotation)):
                    continue  # a frozenset drops the order and repeats a sequence keeps
                form, contract = sibling[0], f"`{name}` is cached and {sibling[1]}"
            if form in _CONVERTIBLE.get(kind, ()):
                yield _Conversion(argument, form, contract)


def _container_annotation(analysis: Analysis, container: ast.expr) -> ast.expr | None:
    """The annotation of a set or dict held in a local, a parameter or ``self.<field>``."""
    if analysis.tree is None:
        return None
    if isinstance(container, ast.Name):
        scopes: list[ast.AST] = [n for n in (analysis.function, analysis.tree) if n is not None]
        wanted = container.id
        if analysis.function is not None:
            for arg in (*analysis.function.args.args, *analysis.function.args.kwonlyargs):
                if arg.arg == wanted and arg.annotation is not None:
                    return arg.annotation
    elif (isinstance(container, ast.Attribute) and isinstance(container.value, ast.Name)
          and container.value.id == "self"):
        # ``self.seen`` is the crashing method's own class's: another class of the module
        # annotating a ``seen`` of its own says nothing of this one.
        owner = _enclosing_class(analysis.tree, analysis.function)
        if owner is None:
            return None
        scopes, wanted = [owner], container.attr
    else:
        return None
    for scope in scopes:
        # A module's own names are its top-level ones, not other functions' locals.
        nodes = (scope.body if isinstance(scope, ast.Module) and isinstance(container, ast.Name)
                 else ast.walk(scope))
        for node in nodes:
            if not isinstance(node, ast.AnnAssign):
                continue
            target = node.target
            name = target.id if isinstance(target, ast.Name) else (
                target.attr if isinstance(target, ast.Attribute) else None)
            if name == wanted:
                return node.annotation
    return None


def _enclosing_class(tree: ast.Module, function: FunctionNode | None) -> ast.ClassDef | None:
    if function is None:
        return None
    classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
               and node.lineno <= function.lineno <= (node.end_lineno or node.lineno)]
    return max(classes, key=lambda node: node.lineno, default=None)


def _element_form(annotation: ast.expr | None) -> str | None:
    """``set[tuple[str, ...]]`` or ``dict[tuple[int, int], X]`` -> ``tuple``."""
    if not isinstance(annotation, ast.Subscript):
        return None
    head = annotation.value
    name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", "")
    if name not in ("set", "Set", "frozenset", "FrozenSet", "dict", "Dict", "defaultdict",
                    "Counter", "MutableSet", "MutableMapping", "Mapping"):
        return None
    inner = annotation.slice
    element = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
    return _hashable_form(element)


def _container_conversions(analysis: Analysis, statement: ast.stmt,
                           kind: str) -> Iterator[_Conversion]:
    """``seen.add(key)``, ``key in seen``, ``totals[key]``: the element the container holds."""
    uses: list[tuple[ast.expr, ast.expr]] = []
    for node in ast.walk(statement):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("add", "discard", "get", "setdefault", "pop")
                and node.args):
            uses.append((node.func.value, node.args[0]))
        elif isinstance(node, ast.Subscript):
            uses.append((node.value, node.slice))
        elif (isinstance(node, ast.Compare) and len(node.ops) == 1
              and isinstance(node.ops[0], ast.In | ast.NotIn)):
            uses.append((node.comparators[0], node.left))
    for container, element in uses:
        if _converted(element) is not None or isinstance(element, ast.Constant | ast.Slice):
            continue
        annotation = _container_annotation(analysis, container)
        form = _element_form(annotation)
        if form is not None and form in _CONVERTIBLE.get(kind, ()):
            yield _Conversion(element, form, f"`{ast.unparse(container)}` is annotated "
                              f"`{ast.unparse(annotation)}`")  # type: ignore[arg-type]


class UnhashableArgument:
    name = "unhashable-argument"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        match = _UNHASHABLE.search(analysis.message)
        crash, statement = analysis.crash, analysis.statement
        if analysis.exc_type != "TypeError" or match is None or crash is None \
                or statement is None:
            return
        kind = match.group(1)
        conversions = [*_cached_call_conversions(analysis, statement, kind),
                       *_container_conversions(analysis, statement, kind)]
        seen: set[tuple[int, int]] = set()
        for conversion in conversions:
            key = (conversion.argument.lineno, conversion.argument.col_offset)
            if key in seen:
                continue
            seen.add(key)
            yield self._candidate(crash.path, crash.source, conversion, kind)

    def _candidate(self, path: str, source: str, conversion: _Conversion,
                   kind: str) -> Candidate:
        segment = (ast.get_source_segment(source, conversion.argument)
                   or ast.unparse(conversion.argument))
        new = replace_node(source, conversion.argument, f"{conversion.into}({segment})")
        return Candidate(
            strategy=self.name,
            description=(f"`{segment}` is a {kind}, which cannot be hashed where it is "
                         f"used; it is now passed as `{conversion.into}({segment})`, the "
                         "hashable form the receiver declares."),
            edits={path: new}, originals={path: source},
            plausibility=0.9, contract=conversion.contract,
        )
