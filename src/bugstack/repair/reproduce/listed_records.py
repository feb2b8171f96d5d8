"""Records a query listed from production's memory, put back through the app's own key.

A replayed request can miss the crash because a record it lists lived only in the
server's memory: ``classes = store.classes_on(day)`` in a fresh test app lists Tuesday's
seeded classes, not the Pilates class the front desk added that morning, so
``counts[c.id]`` never meets it. The crashing frame captured the list (``classes``), and
the store says how a record is kept::

    _CLASSES: dict[int, GymClass] = {}

    def add_class(gym_class: GymClass) -> None:
        _CLASSES[gym_class.id] = gym_class

    def classes_on(day: date) -> list[GymClass]:
        return sorted((c for c in _CLASSES.values() if c.day == day), ...)

so the scenario puts each captured record back first, under the key the app's own writer
uses: ``_CLASSES[4] = GymClass(id=4, name='Pilates', ...)``.

Only captured values are used, and only when all of this holds: the local is assigned
once, from a call of a repository function, before the crash line and not changed in
place after; that function reads a module-level dict of its module through ``.values()``,
no other value of the module (a partner's feed listed beside it is not in the dict),
calls nothing but builtins, and writes nothing; the same module has a writer that only
does ``DICT[record.attr] = record`` (and perhaps returns the record); the captured list
was not trimmed by sentry-sdk, and each item renders as Python with a literal ``attr``.
Like ``seeding``'s seeds, these are tried only after the plain scenario did not reproduce
the crash.

A loop over the query, ``for walk in store.walks_on(day):``, crashing inside its body,
captured only the record it crashed on (``walk``): that one record is put back, under the
same conditions (the loop variable bound nowhere else and not changed in place).
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable, Iterator

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.reproduce.calls import function_def
from bugstack.repair.reproduce.model import module_name
from bugstack.repair.reproduce.seeding import (
    MUTATORS,
    SENTRY_BREADTH,
    Seed,
    assigned_names,
    changed_in_place,
    module_dicts,
    module_file,
)
from bugstack.repair.reproduce.values import Rendered, Unrenderable, render_repr
from bugstack.repair.workspace import Workspace

__all__ = ["listed_seeds"]


def _called_module(call: ast.Call, tree: ast.Module, module: str) -> tuple[str, str] | None:
    """(module, function) a call names: ``store.classes_on(...)`` through ``from pkg import
    store`` or ``import pkg.store as store``, ``classes_on(...)`` imported or defined here."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        alias = func.value.id
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for name in node.names:
                    if (name.asname or name.name) == alias:
                        return f"{node.module}.{name.name}", func.attr
            if isinstance(node, ast.Import):
                for name in node.names:
                    if name.asname == alias or (name.asname is None and name.name == alias):
                        return name.name, func.attr
        return None
    if isinstance(func, ast.Name):
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for name in node.names:
                    if (name.asname or name.name) == func.id:
                        return node.module, name.name
            if isinstance(node, ast.FunctionDef) and node.name == func.id:
                return module, func.id
    return None


def _writes(function: ast.FunctionDef) -> bool:
    """Whether the function stores into anything, or calls a mutating method."""
    return any((isinstance(n, ast.Subscript | ast.Attribute) and isinstance(n.ctx, ast.Store
                                                                          | ast.Del))
               or isinstance(n, ast.Global | ast.Nonlocal)
               or (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                   and n.func.attr in MUTATORS)
               for n in ast.walk(function))


def _listed_dict(function: ast.FunctionDef, dicts: set[str], globals_: set[str]) -> (
    str | None
):
    """The module dict a query lists through ``DICT.values()``: one, nothing written, no
    other module value read (a partner's feed listed beside it is not the dict's), and
    no call but ``DICT.values()`` and builtins (``sorted``)."""
    read = {n.func.value.id for n in ast.walk(function) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute) and n.func.attr == "values"
            and isinstance(n.func.value, ast.Name) and n.func.value.id in dicts}
    if len(read) != 1 or _writes(function):
        return None
    mapping = read.pop()
    others = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)
              and isinstance(n.ctx, ast.Load) and n.id in globals_} - {mapping}
    calls_ok = all(
        (isinstance(n.func, ast.Name) and n.func.id in dir(builtins))
        or (isinstance(n.func, ast.Attribute) and n.func.attr == "values"
            and isinstance(n.func.value, ast.Name) and n.func.value.id == mapping)
        for n in ast.walk(function) if isinstance(n, ast.Call))
    return mapping if not others and calls_ok else None


def _module_values(tree: ast.Module) -> set[str]:
    """Names the module binds at its top level to anything but a function or class."""
    return {t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name)}


def _key_attribute(tree: ast.Module, mapping: str) -> str | None:
    """``attr`` of the module's one-statement writer ``MAPPING[record.attr] = record``."""
    found = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = node.body[1:] if ast.get_docstring(node) is not None else node.body
        record = node.args.args[0].arg
        if len(body) == 2 and isinstance(body[1], ast.Return) \
                and isinstance(body[1].value, ast.Name) and body[1].value.id == record:
            body = body[:1]  # `return record` after storing it
        if len(body) == 1 and isinstance(body[0], ast.Assign) and len(body[0].targets) == 1:
            target, value = body[0].targets[0], body[0].value
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and target.value.id == mapping and isinstance(target.slice, ast.Attribute) \
                    and isinstance(target.slice.value, ast.Name) \
                    and target.slice.value.id == record \
                    and isinstance(value, ast.Name) and value.id == record:
                found.add(target.slice.attr)
    return found.pop() if len(found) == 1 else None


def _item_seed(text: object, store: str, mapping: str, attribute: str, local: str) -> (
    Seed | None
):
    try:
        rendered = render_repr(text, store)
    except Unrenderable:
        return None
    try:
        call = ast.parse(rendered.source, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(call, ast.Call):
        return None
    key = next((k.value for k in call.keywords if k.arg == attribute), None)
    if key is None:
        return None
    try:
        ast.literal_eval(key)
    except (ValueError, SyntaxError):
        return None
    return Seed(store, mapping, ast.unparse(key),
                Rendered(rendered.source, set(rendered.imports), set(rendered.helpers)), local)


def _frame_seeds(frame: LocatedFrame, workspace: Workspace) -> Iterator[Seed]:
    function = function_def(frame)
    if function is None:
        return
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return
    assigned = assigned_names(function)
    for local, call, start, captured in _listings(function, frame, assigned):
        called = _called_module(call, tree, module_name(frame.path))
        rel = module_file(workspace, called[0]) if called else None
        if called is None or rel is None:
            continue
        try:
            store = ast.parse(workspace.read(rel))
        except (SyntaxError, OSError, UnicodeDecodeError):
            continue
        query = next((n for n in store.body if isinstance(n, ast.FunctionDef)
                      and n.name == called[1]), None)
        mapping = _listed_dict(query, module_dicts(store), _module_values(store)) \
            if query else None
        attribute = _key_attribute(store, mapping) if mapping else None
        if mapping is None or attribute is None \
                or changed_in_place(function, local, start, frame.lineno):
            continue
        seeds = [_item_seed(item, called[0], mapping, attribute, local) for item in captured]
        if all(seed is not None for seed in seeds):
            yield from (seed for seed in seeds if seed is not None)


def _listings(function: ast.FunctionDef | ast.AsyncFunctionDef, frame: LocatedFrame,
              assigned: list[str]) -> Iterator[tuple[str, ast.Call, int, list[object]]]:
    """(local, the query call, its line, the captured records) of the listings before the
    crash: ``found = store.query(...)`` captured whole as a list, or ``for item in
    store.query(...):`` around the crash line, whose captured ``item`` is the record it
    crashed on (the others are not needed to meet the crash)."""
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) \
                and node.lineno < frame.lineno:
            local = node.targets[0].id
            captured = frame.frame.vars.get(local)
            if assigned.count(local) == 1 and isinstance(captured, list) and captured \
                    and len(captured) < SENTRY_BREADTH:
                yield local, node.value, node.lineno, captured
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) \
                and isinstance(node.iter, ast.Call) \
                and node.lineno < frame.lineno <= (node.end_lineno or node.lineno):
            local = node.target.id
            captured = frame.frame.vars.get(local)
            if assigned.count(local) == 1 and isinstance(captured, str):
                yield local, node.iter, node.lineno, [captured]


def listed_seeds(site: CrashSite, workspace: Workspace,
                 frames: Iterable[LocatedFrame] | None = None) -> list[Seed]:
    """Records the captured frames (``frames``, all by default) listed from module-level
    dicts, one per mapping and key."""
    seeds: dict[tuple[str, str], Seed] = {}
    for frame in site.frames if frames is None else frames:
        for seed in _frame_seeds(frame, workspace):
            seeds.setdefault((seed.mapping, seed.key), seed)
    return list(seeds.values())
