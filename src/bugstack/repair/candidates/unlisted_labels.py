"""A lookup's None read as a label, where a text constant of the module says how an
unlisted key is labelled.

``species = lookup(row["code"])`` answers None for a code that is not on the checklist
(``def lookup(code: str) -> Species | None``), and ``totals[species.name] += ...`` then
raises ``AttributeError: 'NoneType' object has no attribute 'name'``. The module says
what such a row is called::

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"

so the read becomes ``(species.name if species is not None else
UNLISTED.format(code=row["code"]))``: the code as it was looked up fills the constant's
field named after the lookup's parameter. Skipping the row, the obvious guard, loses what
the constant exists to show; one shared "Unknown" merges different keys.

Backing, all of it required (the eleventh adversarial review beat a looser reading with
11 wrong fixes in 11 traps):

* the None was assigned (last, above the crash) in the crashing function from a call to a
  repository function declared to return ``X | None`` whose body is one
  ``return TABLE.get(key)`` and whose docstring says nothing of None: its None means only
  "not in the table", not "lapsed" or "withdrawn";
* each argument of that call is a plain read of a parameter or loop variable
  (``row["code"]``), so the label shows the key as written and reading it again changes
  nothing (not ``typed.lower()``, not ``parts.pop(0)``);
* the attribute read is the thing's name (``name``, ``label``, ``title``), declared text
  on ``X``, and is not compared;
* exactly one module-level text constant of the crashing module is documented (its
  comment, or a sentence of the module's or the function's docstring naming it) with a
  sentence about an absent key ("missing from", "not on", "unlisted", "unknown") that
  shares a word with the lookup's parameter; no sentence of that documentation, nor any
  docstring sentence about an absent key, drops, skips, refuses, stops, logs, warns,
  restricts ("only", "never") or speaks of None; and the docstrings name no other module
  constant the code never reads (``LUMPED``: a rule the label would skip past);
* the crashing function's docstring names the constant, or it is the only function of its
  module calling the lookup;
* every field of the constant (``{code}``) is a parameter of the lookup, and the
  constant is read nowhere in the repository yet (not as ``module.CONSTANT`` either): it
  exists for this case.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.candidates.label_constants import documented_label, unread_constant_named

__all__ = ["UnlistedLabel"]

_NONE_ATTRIBUTE = re.compile(r"^'NoneType' object has no attribute '(?P<attr>\w+)'$")
# What a label stands in for: the thing's name as people read it.
_LABEL_ATTRIBUTES = frozenset({"name", "label", "title", "display_name", "full_name"})
_NONE_WORD = re.compile(r"\b(?:None|null)\b")


class UnlistedLabel:
    name = "unlisted-label"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function, tree, statement = (analysis.crash, analysis.function,
                                            analysis.tree, analysis.statement)
        found = _NONE_ATTRIBUTE.match(analysis.message)
        if (analysis.exc_type != "AttributeError" or found is None or crash is None
                or function is None or tree is None or statement is None):
            return
        attr = found["attr"]
        read = next((n for n in ast.walk(statement) if isinstance(n, ast.Attribute)
                     and n.attr == attr and isinstance(n.value, ast.Name)), None)
        if read is None or not isinstance(read.value, ast.Name):
            return
        local = read.value.id
        if attr not in _LABEL_ATTRIBUTES or any(
                isinstance(n, ast.Compare) and read in ast.walk(n) for n in ast.walk(statement)):
            return
        lookup = _single_lookup(function, local, read.lineno)
        if lookup is None or not _plain_reads(lookup, function):
            return
        definition = _definition(analysis, tree, lookup, crash.path)
        if definition is None:
            return
        lookup_def, lookup_tree = definition
        if not (_returns_text_attr_or_none(lookup_def, lookup_tree, attr)
                and _only_a_table_miss(lookup_def)):
            return
        params = [a.arg for a in (*lookup_def.args.posonlyargs, *lookup_def.args.args,
                                  *lookup_def.args.kwonlyargs) if a.arg not in ("self", "cls")]
        constant = documented_label(crash.source, tree, function, params)
        if constant is None or unread_constant_named(tree, function, constant[0]):
            return
        if not _the_constants_reader(tree, function, lookup, constant[0]):
            return
        name, value, sentence = constant
        fields = _fields(value)
        if fields is None or not fields <= set(params) or _read_anywhere(analysis, name):
            return
        given = _arguments(crash.source, lookup, lookup_def, params)
        if any(field not in given for field in fields):
            return
        label = name if not fields else name + ".format(" + ", ".join(
            f"{field}={given[field]}" for field in sorted(fields)) + ")"
        old = ast.get_source_segment(crash.source, read) or ""
        guarded = f"{old} if {local} is not None else {label}"
        if not _stands_alone(statement, read):
            guarded = f"({guarded})"
        new = replace_node(crash.source, read, guarded)
        yield Candidate(
            strategy=self.name,
            description=f"When `{ast.unparse(lookup)}` finds nothing, `{local}.{attr}` now "
                        f"reads `{name}` instead of crashing.",
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.9,
            contract=f"`{name}` says how such a key is labelled: \"{sentence[:160]}\"",
        )


def _single_lookup(function: ast.AST, local: str, before: int) -> ast.Call | None:
    """The call ``local = f(...)`` above the crash, when that is the only place the
    function binds ``local``."""
    stores = sorted((n for n in ast.walk(function) if isinstance(n, ast.Name)
                     and n.id == local and isinstance(n.ctx, ast.Store) and n.lineno < before),
                    key=lambda n: n.lineno)
    if not stores:
        return None
    latest = stores[-1]
    assigns = [n for n in ast.walk(function) if isinstance(n, ast.Assign)
               and len(n.targets) == 1 and n.targets[0] is latest]
    # A store after the crash line (a later loop reusing the name) is no other source of
    # this None; two before it may be, unless the latest is on its own line above it.
    if len(assigns) != 1 or any(n.lineno == latest.lineno for n in stores[:-1]):
        return None
    value = assigns[0].value
    return value if isinstance(value, ast.Call) else None


def _plain_reads(call: ast.Call, function: ast.AST) -> bool:
    """Every argument of the lookup is a plain read of what the function was given: a
    parameter or loop variable, an item or attribute of one. A call in it (``.lower()``,
    ``.pop(0)``) changes or consumes the key, so the label would not show it as written."""
    assigned = {n.id for node in ast.walk(function) if isinstance(node, ast.Assign)
                for target in node.targets for n in ast.walk(target)
                if isinstance(n, ast.Name)}
    for argument in [*call.args, *(k.value for k in call.keywords)]:
        node: ast.expr = argument
        while isinstance(node, ast.Subscript | ast.Attribute):
            if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Constant):
                return False
            node = node.value
        if not isinstance(node, ast.Name) or node.id in assigned:
            return False
    return True


def _only_a_table_miss(definition: ast.FunctionDef) -> bool:
    """The lookup's body is one ``return TABLE.get(key)``: its None means only that the key
    is not in the table (not "lapsed", not "withdrawn")."""
    body = [n for n in definition.body
            if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return False
    value = body[0].value
    return (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr == "get" and len(value.args) == 1 and not value.keywords
            and not _NONE_WORD.search(ast.get_docstring(definition) or ""))


def _the_constants_reader(tree: ast.Module, function: ast.AST, lookup: ast.Call,
                          constant: str) -> bool:
    """The crashing function is where the label belongs: its docstring names the
    constant, or it is the only function of the module calling the lookup."""
    if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and re.search(
            rf"\b{re.escape(constant)}\b", ast.get_docstring(function) or ""):
        return True
    name = ast.unparse(lookup.func)
    callers = {f.name for f in ast.walk(tree)
               if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
               and any(isinstance(c, ast.Call) and ast.unparse(c.func) == name
                       for c in ast.walk(f))}
    return callers == {getattr(function, "name", "")}


def _definition(analysis: Analysis, tree: ast.Module, call: ast.Call,
                crash_path: str) -> tuple[ast.FunctionDef, ast.Module] | None:
    """The repository function ``call`` calls by a plain name: defined in the crashing
    module or imported into it from a module of the repository."""
    if not isinstance(call.func, ast.Name):
        return None
    wanted = call.func.id
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == wanted:
            return node, tree
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and node.module and node.level <= 1
                and any(a.name == wanted and a.asname is None for a in node.names)):
            continue
        rel = node.module.replace(".", "/")
        if node.level == 1:  # `from .checklist import lookup`: beside the crashing module
            package = crash_path.rsplit("/", 1)[0] if "/" in crash_path else ""
            rel = f"{package}/{rel}" if package else rel
        homes = (f"{rel}.py", f"{rel}/__init__.py", f"src/{rel}.py", f"src/{rel}/__init__.py")
        for path, _, other in analysis.parsed_files(f"def {wanted}"):
            if path not in homes:
                continue
            for item in other.body:
                if isinstance(item, ast.FunctionDef) and item.name == wanted:
                    return item, other
        return None
    return None


def _returns_text_attr_or_none(definition: ast.FunctionDef, module: ast.Module,
                               attr: str) -> bool:
    """``-> X | None`` (or ``Optional[X]``) where class ``X`` of that module declares
    ``attr: str``."""
    returns = definition.returns
    if returns is None:
        return False
    text = ast.unparse(returns)
    parts = re.fullmatch(r"(?:Optional\[(\w+)\]|(\w+)\s*\|\s*None|None\s*\|\s*(\w+))", text)
    if parts is None:
        return False
    owner = next(p for p in parts.groups() if p)
    for node in module.body:
        if isinstance(node, ast.ClassDef) and node.name == owner:
            return any(isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                       and item.target.id == attr and ast.unparse(item.annotation) == "str"
                       for item in node.body)
    return False


def _fields(value: str) -> set[str] | None:
    """The named fields of a format string; None when one is positional or has a spec."""
    fields: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(value))
    except ValueError:
        return None
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            return None
        fields.add(field)
    return fields


def _read_anywhere(analysis: Analysis, name: str) -> bool:
    """The constant is read (or imported) by some module of the repository."""
    for _, _, other in analysis.parsed_files(name):
        for node in ast.walk(other):
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load):
                return True
            if isinstance(node, ast.Attribute) and node.attr == name:
                return True  # `summary.UNREGISTERED_GARDEN`
            if isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names):
                return True
    return False


def _stands_alone(statement: ast.stmt, read: ast.Attribute) -> bool:
    """``read`` is a whole subscript, argument, assigned or returned value, where a
    conditional expression needs no parentheses of its own."""
    for node in ast.walk(statement):
        if isinstance(node, ast.Subscript) and node.slice is read:
            return True
        if isinstance(node, ast.Call) and (read in node.args
                                           or any(k.value is read for k in node.keywords)):
            return True
        if isinstance(node, ast.Assign | ast.Return) and node.value is read:
            return True
    return False


def _arguments(source: str, call: ast.Call, definition: ast.FunctionDef,
               params: list[str]) -> dict[str, str]:
    """What the call gives each parameter of the lookup, as written."""
    given: dict[str, str] = {}
    positional = [a.arg for a in (*definition.args.posonlyargs, *definition.args.args)]
    for index, argument in enumerate(call.args):
        if isinstance(argument, ast.Starred) or index >= len(positional):
            return {}
        given[positional[index]] = ast.get_source_segment(source, argument) or ""
    for keyword in call.keywords:
        if keyword.arg is None:
            return {}
        given[keyword.arg] = ast.get_source_segment(source, keyword.value) or ""
    return {k: v for k, v in given.items() if k in params and v}
