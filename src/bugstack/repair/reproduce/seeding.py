"""Records that existed only in production's memory, seeded from what the event captured.

A replayed request can miss the crash because the record it acts on lived only in the
server's memory: ``post = POSTS.get(slug) or abort(404)`` answers 404 in a fresh test
app. When the crashing frames captured both the key (``slug``) and the record read with
it (``post``), and the mapping is a module-level dict of the repository, the scenario can
put that record back first: ``POSTS['cafe-au-lait'] = {...}``. Only captured values are
used, never made-up ones, and only when the plain scenario did not reproduce the crash
(the seeded one is tried after it). The record is the local's value when the crash
happened, so a local the function changed in place before the crash, reassigned, or that
sentry-sdk may have trimmed (ten items or more in a container) is not used.
"""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.reproduce.calls import function_def, replay_locals
from bugstack.repair.reproduce.model import Scenario, module_name
from bugstack.repair.reproduce.values import Rendered, Unrenderable, render_repr, render_snapshot
from bugstack.repair.workspace import Workspace

__all__ = ["MUTATORS", "SENTRY_BREADTH", "Seed", "assigned_names", "changed_in_place", "find_seeds",
           "module_dicts", "module_file", "seeded_scenario"]

#: sentry-sdk keeps at most this many items of a container; one this long may be cut.
SENTRY_BREADTH = 10
_DICT_FACTORIES = {"dict", "defaultdict", "OrderedDict"}
#: Calls in ``MAP.get(key) or abort(404)`` that only refuse, so a captured value is the
#: record itself and not a fallback the expression made up.
_REFUSALS = ("abort", "404", "not_found")
MUTATORS = {"update", "setdefault", "pop", "popitem", "clear", "append", "extend",
             "insert", "remove", "add", "discard", "sort", "reverse"}


@dataclass(frozen=True, slots=True)
class Seed:
    """``MAPPING[key] = value`` in ``module``, from the captured local ``local``."""

    module: str
    mapping: str
    key: str
    value: Rendered
    local: str

    @property
    def statement(self) -> str:
        return f"{self.mapping}[{self.key}] = {self.value.source}"


def _is_dict_value(node: ast.expr | None) -> bool:
    if isinstance(node, ast.Dict | ast.DictComp):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in _DICT_FACTORIES
    return False


def module_dicts(tree: ast.Module) -> set[str]:
    """Names the module binds at its top level to a dict."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_dict_value(node.value):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
              and _is_dict_value(node.value)):
            names.add(node.target.id)
    return names


def module_file(workspace: Workspace, module: str) -> str | None:
    rel = module.replace(".", "/")
    files = set(workspace.files())
    for candidate in (f"{rel}.py", f"{rel}/__init__.py", f"src/{rel}.py",
                      f"src/{rel}/__init__.py"):
        if candidate in files:
            return candidate
    return None


def _dict_names(frame: LocatedFrame, tree: ast.Module, workspace: Workspace) -> set[str]:
    """Module-level dicts the frame's module defines or imports from the repository."""
    names = module_dicts(tree)
    package = module_name(frame.path).rsplit(".", 1)[0] if "." in module_name(frame.path) \
        else ""
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        source = node.module or ""
        if node.level:
            base = package.split(".")[:len(package.split(".")) - (node.level - 1)] \
                if package else []
            source = ".".join([*base, *([source] if source else [])])
        rel = module_file(workspace, source) if source else None
        if rel is None:
            continue
        try:
            defined = module_dicts(ast.parse(workspace.read(rel)))
        except (SyntaxError, OSError, UnicodeDecodeError):
            continue
        names |= {alias.asname or alias.name for alias in node.names if alias.name in defined}
    return names


def _lookup(node: ast.expr) -> tuple[str, ast.expr] | None:
    """``MAP.get(key)``, ``MAP.get(key, None)``, ``MAP[key]`` or ``MAP.get(key) or
    abort(404)``: (MAP, key)."""
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) and len(node.values) == 2:
        refusal = node.values[1]
        if not (isinstance(refusal, ast.Call) and any(
                word in ast.unparse(refusal.func) for word in _REFUSALS)):
            return None
        node = node.values[0]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return node.value.id, node.slice
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get" and isinstance(node.func.value, ast.Name)
            and not node.keywords and 1 <= len(node.args) <= 2):
        if len(node.args) == 2 and not (isinstance(node.args[1], ast.Constant)
                                        and node.args[1].value is None):
            return None  # a default: the captured value may be it, not a stored record
        return node.func.value.id, node.args[0]
    return None


def assigned_names(function: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.append(node.id)
        elif isinstance(node, ast.arg):
            names.append(node.arg)
    return names


def changed_in_place(function: ast.AST, local: str, start: int, end: int) -> bool:
    """Whether lines ``start < line < end`` change ``local`` in place."""
    for node in ast.walk(function):
        line = getattr(node, "lineno", 0)
        if not start < line < end:
            continue
        if isinstance(node, ast.Subscript | ast.Attribute) and isinstance(
                node.ctx, ast.Store | ast.Del):
            base = node.value
            if isinstance(base, ast.Name) and base.id == local:
                return True
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == local
                and node.func.attr in MUTATORS):
            return True
    return False


def _may_be_trimmed(source: str) -> bool:
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        return True
    for node in ast.walk(tree):
        items = node.keys if isinstance(node, ast.Dict) else \
            node.elts if isinstance(node, ast.List | ast.Set | ast.Tuple) else []
        if len(items) >= SENTRY_BREADTH:
            return True
    return False


def _captured(site: CrashSite, frame: LocatedFrame, name: str, module: str) -> Rendered | None:
    snapshot = replay_locals(site, frame)
    try:
        if snapshot is not None:
            return render_snapshot(snapshot[name]) if name in snapshot else None
        if name not in frame.frame.vars:
            return None
        rendered = render_repr(frame.frame.vars[name], module)
    except Unrenderable:
        return None
    return None if _may_be_trimmed(rendered.source) else rendered


def _frame_seeds(site: CrashSite, frame: LocatedFrame, workspace: Workspace) -> Iterable[Seed]:
    function = function_def(frame)
    if function is None:
        return
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return
    module = module_name(frame.path)
    dicts = _dict_names(frame, tree, workspace)
    assigned = assigned_names(function)
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.lineno < frame.lineno):
            continue
        local = node.targets[0].id
        found = _lookup(node.value)
        if found is None or found[0] not in dicts or found[0] in assigned:
            continue
        if assigned.count(local) != 1 or changed_in_place(function, local, node.lineno,
                                                           frame.lineno):
            continue
        mapping, key_node = found
        if isinstance(key_node, ast.Constant):
            key = repr(key_node.value)
        elif isinstance(key_node, ast.Name) and assigned.count(key_node.id) == 1:
            captured_key = _captured(site, frame, key_node.id, module)
            if captured_key is None or not _literal(captured_key.source):
                continue
            key = captured_key.source
        else:
            continue
        value = _captured(site, frame, local, module)
        if value is None or value.source == "None":
            continue  # no record was there: nothing to seed
        yield Seed(module, mapping, key, value, local)


def _literal(source: str) -> bool:
    try:
        ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return False
    return True


def find_seeds(site: CrashSite, workspace: Workspace,
               frames: Iterable[LocatedFrame] | None = None) -> list[Seed]:
    """Records the captured frames (``frames``, all by default) read from module-level
    dicts, one per mapping and key."""
    seeds: dict[tuple[str, str], Seed] = {}
    for frame in site.frames if frames is None else frames:
        for seed in _frame_seeds(site, frame, workspace):
            seeds.setdefault((seed.mapping, seed.key), seed)
    return list(seeds.values())


def seeded_scenario(scenario: Scenario, seeds: list[Seed]) -> Scenario | None:
    """``scenario`` with the records put in place just before its last statement (the one
    that sends the request or makes the call)."""
    if not seeds or not scenario.action:
        return None
    last = scenario.action[-1]
    indent = last[:len(last) - len(last.lstrip())]
    imports = set(scenario.imports)
    locals_named = ", ".join(sorted({seed.local for seed in seeds}))
    lines = [f"# What production held in memory, as the event captured it ({locals_named})."]
    for seed in seeds:
        needed = {f"from {seed.module} import {seed.mapping}", *seed.value.imports}
        if scenario.framework == "django":
            lines += sorted(needed)  # importable only once django.setup() has run
        else:
            imports |= needed
        lines.append(seed.statement)
    # One record is named by its key; several (a captured list) by their count, so the
    # regression test's name stays readable.
    seeded = f"{seeds[0].mapping}[{seeds[0].key}]" if len(seeds) == 1 else \
        f"{len(seeds)} records"
    return dataclasses.replace(
        scenario, imports=imports, helpers=scenario.helpers | set().union(
            *(s.value.helpers for s in seeds)),
        action=[*scenario.action[:-1], *(indent + line for line in lines), last],
        title=f"{scenario.title} with {seeded} seeded from the captured "
              f"{', '.join(dict.fromkeys(s.local for s in seeds))}")
