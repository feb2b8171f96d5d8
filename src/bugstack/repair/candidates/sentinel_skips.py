"""A placeholder value the documentation says is left out: ``'N/A'`` skipped, not parsed.

``readings[row["sensor"]].append(float(row["celsius"]))`` raises "could not convert string
to float: 'N/A'" for a sensor that was offline. When a sentence around the crash quotes
that very value and says it is left out ("a reading of 'N/A' means the sensor was
offline: it is left out of the average"), the loop skips exactly that value:

    if row["celsius"] == "N/A":
        continue

Catching every ``ValueError`` would also skip a damaged reading the documentation says
nothing about, and counting 'N/A' as 0 would pull the average down. The skipped statement
must do nothing but keep the value (``x = float(v)``, ``values.append(float(v))``):
``readings[row["sensor"]].append(...)`` on a defaultdict also lists the sensor, which a
``continue`` would lose for a sensor whose every reading is 'N/A'. Only a loop body whose
statement converts one plain expression with ``float``, ``int`` or ``Decimal``, an error
message quoting the value, and a sentence quoting it with a word that leaves it out
(skipped, ignored, left out, not counted), without another outcome in the same sentence,
back this.

A ``defaultdict``'s group is kept, though: ``readings[row["sensor"]].append(...)`` becomes
``values = readings[row["sensor"]]`` before the skip and ``values.append(...)`` after it,
so a sensor whose every reading is 'N/A' is still listed, when the documentation says such
a group is listed ("a sensor without any reading prints as '-'") and nothing says one is
left out or that only those with a reading count; otherwise nothing is proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import is_pure
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.contract_items import documentation_on_stack, sentences

__all__ = ["DocumentedPlaceholderSkipped"]

_MESSAGE = re.compile(r"(?:could not convert string to float|invalid literal for int\(\) with "
                      r"base \d+|conversion from \w+ to Decimal is not supported)?: '(?P<value>"
                      r"[^'\n]{1,20})'$")
_LEFT_OUT = re.compile(r"\b(?:skip(?:s|ped)?|ignor(?:e|es|ed)|left\s+out|leaves?\s+out"
                       r"|not\s+counted|dropped|excluded)\b", re.I)
_OTHERWISE = re.compile(r"\b(?:rais(?:e|es|ed)|errors?|reject(?:s|ed)?|counts?\s+as\s+(?:0|zero)"
                        r"|means?\s+(?:0|zero))\b", re.I)
_PARSERS = ("float", "int", "Decimal")


def _only_consumes(statement: ast.stmt, parsed: ast.expr) -> bool:
    """The statement does nothing but keep the parsed value: ``x = float(v)``, or
    ``values.append(float(v))`` on a plain name. Anything else it does (``readings[sensor]``
    on a defaultdict registers the sensor) would be skipped with the value."""
    if isinstance(statement, ast.Assign | ast.AnnAssign):
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        return all(isinstance(t, ast.Name) for t in targets) and isinstance(
            statement.value, ast.Call) and statement.value.args[:1] == [parsed]
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
        call = statement.value
        return (isinstance(call.func, ast.Attribute) and call.func.attr in ("append", "add")
                and isinstance(call.func.value, ast.Name) and len(call.args) == 1
                and isinstance(call.args[0], ast.Call) and call.args[0].args[:1] == [parsed])
    return False


# "A sensor without any reading prints as '-'": a group left empty by the skip is listed.
_EMPTY_LISTED = re.compile(r"\b(?:without any|with no|without)\b[^.]*\b(?:prints?|printed|"
                           r"shows?|shown|listed|appears?|reported|is written)\b", re.I)
_EMPTY_DROPPED = re.compile(r"\bnot\s+(?:be\s+)?(?:listed|shown|printed|reported)\b|\bomitted\b|"
                            r"\bleft out of the (?:report|list|output)\b|\bat least one\b", re.I)


def _empty_group_listed(site: CrashSite, crash: LocatedFrame, tree: ast.Module) -> bool:
    texts = [s for _, text in documentation_on_stack(site, crash, tree, crash.lineno)
             for s in sentences(text)]
    return any(_EMPTY_LISTED.search(s) for s in texts) \
        and not any(_EMPTY_DROPPED.search(s) for s in texts)


def _guards_empty(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the function answers an empty first argument before using it
    (``if not values: return "-"``)."""
    if not function.args.args:
        return False
    param = function.args.args[0].arg
    first = [s for s in function.body if not (isinstance(s, ast.Expr)
                                              and isinstance(s.value, ast.Constant))][:1]
    return bool(first) and isinstance(first[0], ast.If) and ast.unparse(first[0].test) in (
        f"not {param}", f"len({param}) == 0") and isinstance(first[0].body[0], ast.Return)


def _empty_group_handled(function: ast.AST, tree: ast.Module, group: ast.Subscript) -> bool:
    """Whether every reader of the groups in the function copes with an empty one: the
    value of ``groups.items()`` / ``.values()`` is tested (``if v else``, ``v or``) or given
    to a module function that answers an empty argument first."""
    assert isinstance(group.value, ast.Name)
    name = group.value.id
    helpers = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
    readers = []
    for loop in ast.walk(function):
        if not isinstance(loop, ast.comprehension | ast.For):
            continue
        source = loop.iter.args[0] if isinstance(loop.iter, ast.Call) and isinstance(
            loop.iter.func, ast.Name) and loop.iter.func.id == "sorted" and loop.iter.args \
            else loop.iter
        if not (isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute)
                and ast.unparse(source.func.value) == name
                and source.func.attr in ("items", "values")):
            continue
        target = loop.target.elts[-1] if isinstance(loop.target, ast.Tuple) else loop.target
        if not isinstance(target, ast.Name):
            return False
        readers.append(target.id)
    if not readers:
        return False
    for value in readers:
        uses = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == value
                and isinstance(n.ctx, ast.Load)]
        tested = {id(n) for node in ast.walk(function)
                  for n in ([node.test] if isinstance(node, ast.IfExp) else
                            node.values[:1] if isinstance(node, ast.BoolOp) else [])
                  if isinstance(n, ast.Name) and n.id == value}
        handed = {id(a) for node in ast.walk(function) if isinstance(node, ast.Call)
                  and isinstance(node.func, ast.Name) and node.func.id in helpers
                  and _guards_empty(helpers[node.func.id])
                  for a in node.args[:1] if isinstance(a, ast.Name) and a.id == value}
        if not uses or not (tested or handed) or (
                not tested and any(id(n) not in handed for n in uses)):
            return False
    return True


def _grouped_append(statement: ast.stmt, parsed: ast.expr,
                    function: ast.AST) -> ast.Subscript | None:
    """``groups[key]`` of ``groups[key].append(float(v))``, for a ``groups`` the function
    made a ``defaultdict``: reading it creates the group, which must outlive the skip."""
    if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)):
        return None
    call = statement.value
    if not (isinstance(call.func, ast.Attribute) and call.func.attr in ("append", "add")
            and isinstance(call.func.value, ast.Subscript) and len(call.args) == 1
            and isinstance(call.args[0], ast.Call) and call.args[0].args[:1] == [parsed]):
        return None
    group = call.func.value
    if not isinstance(group.value, ast.Name) or not is_pure(group.slice):
        return None
    made = [n for n in ast.walk(function) if isinstance(n, ast.Assign | ast.AnnAssign)
            and any(isinstance(t, ast.Name) and t.id == group.value.id
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    if len(made) != 1 or not isinstance(made[0].value, ast.Call) \
            or ast.unparse(made[0].value.func) not in ("defaultdict", "collections.defaultdict"):
        return None
    return group


class DocumentedPlaceholderSkipped:
    name = "documented-placeholder-skipped"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        message = _MESSAGE.search(analysis.message.strip())
        if analysis.exc_type != "ValueError" or message is None or crash is None \
                or statement is None or function is None or tree is None:
            return
        value = message["value"]
        parsed = [n.args[0] for n in ast.walk(statement) if isinstance(n, ast.Call)
                  and isinstance(n.func, ast.Name) and n.func.id in _PARSERS
                  and len(n.args) == 1 and not n.keywords and is_pure(n.args[0])]
        loops = [n for n in ast.walk(function) if isinstance(n, ast.For)
                 and statement in n.body]
        if len(parsed) != 1 or len(loops) != 1:
            return
        group = None if _only_consumes(statement, parsed[0]) else _grouped_append(
            statement, parsed[0], function)
        if group is None and not _only_consumes(statement, parsed[0]):
            return
        if group is not None and not (_empty_group_listed(site, crash, tree)
                                      and _empty_group_handled(function, tree, group)):
            return  # a group left empty is not said to be listed, or would break its reader
        quoted = re.compile(r"(?:'|\"|``?)" + re.escape(value) + r"(?:'|\"|``?)")
        reason = None
        for where, text in documentation_on_stack(site, crash, tree, crash.lineno):
            for sentence in sentences(text):
                if not quoted.search(sentence):
                    continue
                if _OTHERWISE.search(sentence):
                    return  # the value is answered another way somewhere
                if _LEFT_OUT.search(sentence):
                    reason = reason or f'{where} says: "{sentence[:200]}"'
        if reason is None:
            return
        subject = ast.get_source_segment(crash.source, parsed[0]) or ast.unparse(parsed[0])
        quote = '"' if crash.source.count('"') >= crash.source.count("'") else "'"
        literal = f"{quote}{value}{quote}" if quote not in value else repr(value)
        skip = [f"if {subject} == {literal}:", "\tcontinue"]
        if group is None:
            edited = insert_before_statement(crash.source, statement, skip)
        else:
            used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
            fresh = next(n for n in ("values", "group", "kept", "items") if n not in used)
            written = ast.get_source_segment(crash.source, group) or ast.unparse(group)
            renamed = replace_node(crash.source, group, fresh)
            moved = enclosing_statement(ast.parse(renamed), statement.lineno)
            assert moved is not None
            edited = insert_before_statement(renamed, moved, [f"{fresh} = {written}", *skip])
        yield Candidate(
            strategy=self.name,
            description=f"An item whose `{subject}` is {literal} is now left out, as "
                        "documented, instead of failing to parse; any other bad value "
                        "still raises.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.85, contract=reason,
        )
