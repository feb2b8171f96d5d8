"""A key read with ``[]`` where sibling code reads the same mapping with ``.get(key,
default)``: every such read of the crashing function takes the siblings' default.

Two ways a sibling holds "the same mapping":

* the same call made it: ``rated = store.ratings()`` in ``record_game``, while the
  ``/ladder`` and ``/members`` views do ``ratings = store.ratings()`` and read
  ``ratings.get(m.id, store.PROVISIONAL_RATING)``. A member yet to play is looked up by
  id, so each id read of the mapping in the function (``rated[report.white]`` and
  ``rated[report.black]``) becomes ``.get(..., store.PROVISIONAL_RATING)``: fixing the
  one that crashed would leave the other to crash on the next newcomer;
* the same annotation: ``label_lines(address: Address)`` reads ``address["company"]``
  while ``one_line(address: Address)`` reads ``address.get(key, "") for key in ("name",
  "company", ..., "line2", ...)``. Each key of the function that the siblings read with
  a default and that the ``TypedDict`` marks ``NotRequired`` (the crashing key always)
  gets that default, so the next optional field left blank does not crash either.

The obvious guards are wrong here: ``.get(id, 0)`` rates a newcomer from 0, a 404
refuses a member the function has just checked exists, ``.get("company")`` hands None to
code that strips text.

Backing, all of it required: a ``KeyError``; the siblings (other functions, tests aside)
agree on one default for the key, or, for a key that is not a literal, for every
non-literal key; the default is a literal or the sibling lives in the crashed module (so
its names resolve there). Siblings that disagree back nothing. What makes two mappings
the same is strict: the same call of an app function with no variable argument
(``json.loads(body)`` reads whatever ``body`` is), imported from the same module by both,
or the annotation of the one class of that name in the app.

And the default must be safe where it lands: an immutable value (``tags.get(id,
[]).append(tag)`` appends to a list nobody keeps, and a shared ``DEFAULT_PREFS`` dict
would take one member's change for everybody), never a text in arithmetic (``"" *
PACK_SIZE``). The crashing function's own words win: where its docstring refuses, raises
or leaves something out and does not name the sibling ("as in ``one_line()``"), the
siblings' display default is no answer for it; a key the ``TypedDict`` requires is not
defaulted, and only keys marked ``NotRequired`` are defaulted beside the crashing one.
The fifteenth adversarial review beat the first version 14 times in 14 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.candidates.none_declarations import constant_value
from bugstack.repair.contract_items import sentences
from bugstack.repair.reproduce.model import is_test_file

__all__ = ["SiblingGetDefault"]

#: The key of a default read with a key that is not a literal (an id, a variable).
_ANY_KEY = object()
# A crashing function's own word against a default: it refuses, raises or leaves out.
_STRICT = re.compile(r"\b(?:rais\w*|refus\w*|reject\w*|errors?|4\d\d|left\s+out|leaves?\s+out|"
                     r"omit\w*|exclud\w*|skip\w*|must|required|malformed|incomplete)\b", re.I)


# The crashing function's own answer for a missing entry: null, None, unrated, blank.
_ANSWERED_HERE = re.compile(r"\b(?:null|None|unrated|unranked|blank|left\s+out)\b")


@dataclass(frozen=True, slots=True)
class _Kind:
    """What makes two mappings the same: the call that made them, or their annotation."""

    call: str | None = None
    annotation: str | None = None
    #: The app function whose answer it is, called with a variable argument
    #: (``store.booked_counts(ids)``): the same only for reads by id, never by a literal
    #: key, since which keys the answer has depends on the argument.
    function: str | None = None

    @property
    def needle(self) -> str:
        return self.call or self.annotation or self.function or ""

    #: The literal arguments of that call (``"theme"`` of ``preference(ids, "theme")``):
    #: another literal asks the function for another mapping.
    literals: tuple[str, ...] = ()

    def made_by(self, node: ast.expr) -> bool:
        """Whether ``node`` is the call that makes a mapping of this kind."""
        return (self.call is not None and ast.unparse(node) == self.call) or (
            self.function is not None and isinstance(node, ast.Call)
            and ast.unparse(node.func) == self.function
            and _literal_arguments(node) == self.literals)


def _literal_arguments(call: ast.Call) -> tuple[str, ...]:
    return tuple(ast.unparse(n) for argument in [*call.args, *(k.value for k in call.keywords)]
                 for n in ast.walk(argument) if isinstance(n, ast.Constant))


@dataclass(slots=True)
class _Defaults:
    #: key -> {the default's AST dump: its text as the sibling wrote it}
    by_key: dict[object, dict[str, str]] = field(default_factory=dict)
    where: dict[object, str] = field(default_factory=dict)

    def add(self, key: object, default: ast.expr, source: str, function: str) -> None:
        text = ast.get_source_segment(source, default) or ast.unparse(default)
        self.by_key.setdefault(key, {}).setdefault(ast.dump(default), text)
        self.where.setdefault(key, function)

    def agreed(self, key: object) -> str | None:
        found = self.by_key.get(key, {})
        return next(iter(found.values())) if len(found) == 1 else None


def _kind(analysis: Analysis, name: str) -> _Kind | None:
    function, crash = analysis.function, analysis.crash
    assert function is not None and crash is not None
    for arg in [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]:
        if arg.arg == name:
            annotation = arg.annotation
            if isinstance(annotation, ast.Name | ast.Attribute) and ast.unparse(
                    annotation) not in ("dict", "Mapping", "Any", "object"):
                return _Kind(annotation=ast.unparse(annotation).rsplit(".", 1)[-1])
            return None
    origin = origin_of(function, name, crash.lineno)
    if not isinstance(origin, ast.Call):
        return None
    called = ast.unparse(origin.func).rsplit(".", 1)[-1]
    if len(analysis.definitions(called)) != 1:
        return None  # not the app's own function, or several of that name
    if all(isinstance(a, ast.Constant) for a in origin.args) \
            and all(isinstance(k.value, ast.Constant) for k in origin.keywords):
        return _Kind(call=ast.unparse(origin))
    return _Kind(function=ast.unparse(origin.func), literals=_literal_arguments(origin))


def _origin(tree: ast.Module, call: str) -> str | None:
    """The module the first name of ``call`` is imported from (``store`` of
    ``store.ratings()``: ``ladder.store``); "" when the module defines it itself."""
    first = call.split(".", 1)[0].split("(", 1)[0]
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == first:
                    return f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if (alias.asname or alias.name.split(".")[0]) == first:
                    return alias.name
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == first:
            return ""
    return None


def _bound(function: FunctionNode, kind: _Kind) -> set[str]:
    """The names in ``function`` that hold a mapping of ``kind``."""
    names: set[str] = set()
    if kind.annotation is not None:
        names |= {arg.arg for arg in [*function.args.posonlyargs, *function.args.args,
                                      *function.args.kwonlyargs]
                  if arg.annotation is not None
                  and ast.unparse(arg.annotation).rsplit(".", 1)[-1] == kind.annotation}
    if kind.call is not None or kind.function is not None:
        names |= {target.id for node in ast.walk(function) if isinstance(node, ast.Assign)
                  and kind.made_by(node.value)
                  for target in node.targets if isinstance(target, ast.Name)}
    return names


def _literal_keys(function: FunctionNode, variable: str) -> list[str] | None:
    """The keys a loop variable runs over, when it runs over a literal tuple or list."""
    for node in ast.walk(function):
        if isinstance(node, ast.For | ast.comprehension) and isinstance(node.target, ast.Name) \
                and node.target.id == variable and isinstance(node.iter, ast.Tuple | ast.List):
            keys = [e.value for e in node.iter.elts if isinstance(e, ast.Constant)
                    and isinstance(e.value, str)]
            return keys if len(keys) == len(node.iter.elts) else None
    return None


def _sibling_defaults(analysis: Analysis, kind: _Kind) -> _Defaults:
    crash, own = analysis.crash, analysis.function
    assert crash is not None and own is not None
    defaults = _Defaults()
    assert analysis.tree is not None
    made = kind.call or kind.function
    own_origin = _origin(analysis.tree, made) if made is not None else None
    for rel, source, tree in analysis.parsed_files(kind.needle):
        if is_test_file(rel) or (made is not None and rel != crash.path
                                 and _origin(tree, made) != own_origin):
            continue  # a test's reads, or a call of another module's function of that name
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or (
                    rel == crash.path and function.lineno == own.lineno):
                continue
            names = _bound(function, kind)
            for call in ast.walk(function):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "get" and len(call.args) == 2
                        and not call.keywords
                        and ((isinstance(call.func.value, ast.Name)
                              and call.func.value.id in names)
                             or (kind.function is not None and kind.made_by(call.func.value)))):
                    continue
                key, default = call.args
                if kind.function is not None and isinstance(key, ast.Constant):
                    continue  # which literal keys the answer has depends on the argument
                if rel != crash.path and not isinstance(default, ast.Constant | ast.List
                                                        | ast.Dict | ast.Tuple):
                    continue  # its names may not resolve in the crashed module
                if isinstance(key, ast.Constant):
                    defaults.add(key.value, default, source, function.name)
                    continue
                looped = _literal_keys(function, key.id) if isinstance(key, ast.Name) else None
                for each in looped if looped is not None else [_ANY_KEY]:
                    defaults.add(each, default, source, function.name)
    return defaults


def _classes(analysis: Analysis, annotation: str) -> list[ast.ClassDef]:
    return [node for _, _, tree in analysis.parsed_files(f"class {annotation}")
            for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
            and node.name == annotation]


def _keys(owner: ast.ClassDef) -> tuple[set[str], set[str]]:
    """(keys marked ``NotRequired``, keys required) of a ``TypedDict``; with ``total=False``
    none is required, and none is marked either."""
    if not any(ast.unparse(base).endswith("TypedDict") for base in owner.bases):
        return set(), set()
    total = next((k.value.value for k in owner.keywords if k.arg == "total"
                  and isinstance(k.value, ast.Constant)), True)
    marked: set[str] = set()
    required: set[str] = set()
    for item in owner.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            declared = ast.unparse(item.annotation)
            if "NotRequired[" in declared:
                marked.add(item.target.id)
            elif total or "Required[" in declared:
                required.add(item.target.id)
    return marked, required


def _immutable(analysis: Analysis, default: str) -> bool:
    """Whether the default is a value nobody can change through the read: a literal, or a
    module constant bound to one (``PROVISIONAL_RATING = 1200``)."""
    try:
        node = ast.parse(default, mode="eval").body
    except SyntaxError:
        return False
    if isinstance(node, ast.Name | ast.Attribute) and analysis.tree is not None:
        name = node.id if isinstance(node, ast.Name) else node.attr
        bound = constant_value(analysis.tree, name)
        if bound is None:
            return name.isupper()  # a constant of another module, named as one
        node = bound
    return all(isinstance(n, ast.Constant | ast.Tuple | ast.Load | ast.UnaryOp | ast.USub)
               for n in ast.walk(node))


def _lands_badly(read: ast.Subscript, default: str, function: ast.AST) -> bool:
    """The default would be written through (``.append``) or be text in arithmetic."""
    parents = {id(child): node for node in ast.walk(function)
               for child in ast.iter_child_nodes(node)}
    parent = parents.get(id(read))
    text = default.startswith(("'", '"'))
    return isinstance(parent, ast.Attribute | ast.Subscript) or (
        text and isinstance(parent, ast.BinOp | ast.AugAssign))


def _refused_here(docstring: str, sibling: str, default: str) -> bool:
    """The crashing function's own word against a default: it refuses, raises or leaves
    something out, and does not point to the sibling (``as in one_line()``, named as a
    call or as code, not the word "ladder" of "a ladder game"). "Blank ones left out"
    expects a blank default: it leaves out what the default gives."""
    if re.search(rf"``?{re.escape(sibling)}(?:\(\))?``?|\b{re.escape(sibling)}\(\)", docstring):
        return False
    blank = default in ('""', "''")
    for sentence in sentences(docstring):
        found = _STRICT.search(sentence)
        if found and not (blank and re.search(r"\b(?:blank|empty)\b", sentence, re.I)
                          and re.match(r"left|leaves|omit|exclud|skip", found.group(0), re.I)):
            return True
    return False


class SiblingGetDefault:
    name = "sibling-get-default"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if not analysis.exc_type.endswith("KeyError") or crash is None or statement is None \
                or function is None or statement is function:
            return
        try:
            key = ast.literal_eval(analysis.message)
        except (ValueError, SyntaxError):
            return
        crashed = [node for node in ast.walk(statement) if isinstance(node, ast.Subscript)
                   and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)
                   and (not isinstance(node.slice, ast.Constant) or node.slice.value == key)]
        if len({ast.unparse(node.value) for node in crashed}) != 1:
            return  # no keyed read, or reads of several mappings: which one is not known
        name = ast.unparse(crashed[0].value)
        literal = all(isinstance(node.slice, ast.Constant) for node in crashed)
        kind = _kind(analysis, name)
        if kind is None or (kind.function is not None and literal):
            return
        owners = _classes(analysis, kind.annotation) if kind.annotation is not None else []
        if kind.annotation is not None and len(owners) != 1:
            return  # no class of that name in the app, or several: which one is not known
        marked, required = _keys(owners[0]) if owners else (set(), set())
        defaults = _sibling_defaults(analysis, kind)
        wanted: object = key if literal else _ANY_KEY
        default = defaults.agreed(wanted)
        if default is None or wanted in required or not _immutable(analysis, default):
            return
        docstring = ast.get_docstring(function) or ""
        if _refused_here(docstring, defaults.where[wanted], default) or (
                kind.function is not None and _ANSWERED_HERE.search(docstring)):
            # A function's answer read with other arguments is the same mapping only as
            # far as the crashing function says nothing of its own about the missing key
            # ("a newcomer is listed unrated": review 20).
            return
        optional = marked | {wanted}
        reads = [node for node in ast.walk(function) if isinstance(node, ast.Subscript)
                 and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)
                 and node.value.id == name]
        replaced: list[tuple[ast.AST, str]] = []
        for read in reads:
            read_key = read.slice.value if isinstance(read.slice, ast.Constant) else _ANY_KEY
            default = defaults.agreed(read_key)
            if default is None or read_key not in optional:
                continue
            if _lands_badly(read, default, function):
                return
            index = ast.get_source_segment(crash.source, read.slice) or ast.unparse(read.slice)
            replaced.append((read, f"{name}.get({index}, {default})"))
        shown = "a key" if wanted is _ANY_KEY else repr(wanted)
        yield Candidate(
            strategy=self.name,
            description=f"`{name}` read with {shown} it may lack now falls back to "
                        f"{defaults.agreed(wanted)}, as sibling code reads it"
                        + (f" ({len(replaced)} reads of the function)."
                           if len(replaced) > 1 else "."),
            edits={crash.path: replace_nodes(crash.source, replaced)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"`{defaults.where[wanted]}` reads the same mapping with "
                     f"`.get(..., {defaults.agreed(wanted)})`",
        )
