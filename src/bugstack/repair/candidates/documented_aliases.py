"""A lookup that misses a code the module's alias table says stands for another.

::

    #: Codes of plans no longer sold -> the current plan each was migrated to.
    RETIRED = {"pro-2019": "pro", "team-2020": "business"}

    def plan_for(code: str) -> Plan:
        \"\"\"Retired codes resolve to the plan that replaced them (see RETIRED); any other
        code that is not a current plan raises UnknownPlan.\"\"\"
        return next(plan for plan in PLANS if plan.code == code)

raises StopIteration for ``"pro-2019"``. The code is resolved through the table first,
and, when the docstring names the error for a code that is still unknown, that error is
raised instead of StopIteration::

    code = RETIRED.get(code, code)
    found = next((plan for plan in PLANS if plan.code == code), None)
    if found is None:
        raise UnknownPlan(code)
    return found

``next(..., None)`` alone would hand None to callers the annotation promises a plan.

Backing, all required: StopIteration from a ``return next(x for x in SEQ if x.attr ==
param)`` yielding the loop variable itself; a module-level dict literal of text keys and
values, named in the function's docstring; the captured ``param`` is one of its keys; the
docstring names no other module value the function never reads ("they keep paying their
old price (GRANDFATHERED); SUCCESSORS is what the upgrade page offers": the table is
one part of a rule the code does not have yet). The raise is added only for an exception
class of the module (or a built-in one) the same docstring says is raised.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract import exception_in_module
from bugstack.repair.unread_names import module_names, unread_names

__all__ = ["DocumentedAlias"]

_RAISES = re.compile(r"\braises?\s+`*(\w+)`*", re.I)
_REFUSING = re.compile(r"\b(?:rais\w*|not|never|must|refus\w*|reject\w*|review\w*|errors?)\b",
                       re.I)


def _alias_tables(tree: ast.Module) -> dict[str, set[str]]:
    """Module-level ``NAME = {"old": "new", ...}``: name -> its keys."""
    tables = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Dict) \
                and node.value.keys and all(
                    isinstance(k, ast.Constant) and isinstance(k.value, str)
                    and isinstance(v, ast.Constant) and isinstance(v.value, str)
                    for k, v in zip(node.value.keys, node.value.values, strict=True)):
            tables[node.targets[0].id] = {k.value for k in node.value.keys
                                          if isinstance(k, ast.Constant)
                                          and isinstance(k.value, str)}
    return tables


def _error(docstring: str, tree: ast.Module) -> str | None:
    return next((found.group(1) for found in _RAISES.finditer(docstring)
                 if exception_in_module(found.group(1), tree)), None)


class DocumentedAlias:
    name = "documented-alias"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or tree is None or function is None \
                or analysis.exc_type != "StopIteration" or not isinstance(statement, ast.Return):
            return
        call = statement.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "next" and len(call.args) == 1
                and isinstance(call.args[0], ast.GeneratorExp)):
            return
        generator = call.args[0]
        loop = generator.generators[0]
        if len(generator.generators) != 1 or len(loop.ifs) != 1 \
                or not isinstance(loop.target, ast.Name) \
                or not isinstance(generator.elt, ast.Name) \
                or generator.elt.id != loop.target.id:
            return
        test = loop.ifs[0]
        parameters = {a.arg for a in function.args.args + function.args.kwonlyargs}
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1
                and isinstance(test.ops[0], ast.Eq) and isinstance(test.comparators[0], ast.Name)
                and test.comparators[0].id in parameters):
            return
        param = test.comparators[0].id
        try:
            value = ast.literal_eval(analysis.values.get(param) or "")
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return
        docstring = ast.get_docstring(function) or ""
        tables = [name for name, keys in _alias_tables(tree).items()
                  if value in keys and re.search(rf"\b{re.escape(name)}\b", docstring)]
        if len(tables) != 1:
            return
        clauses = [c for c in re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", docstring))
                   if re.search(rf"\b{re.escape(tables[0])}\b", c)]
        if any(_REFUSING.search(c) for c in clauses):
            return  # "a code in RETIRED raises UnknownPlan", "is not resolved"
        table = tables[0]
        error = _error(docstring, tree)
        if [n for n in unread_names(docstring, function, module_names(tree))
                if n not in (table, error)]:
            return  # "they keep their old price (GRANDFATHERED)": the table is not all of it
        indent, step = indentation_of(crash.source, statement.lineno), indent_unit(crash.source)
        lookup = ast.get_source_segment(crash.source, generator) or ast.unparse(generator)
        if not lookup.startswith("("):
            lookup = f"({lookup})"
        used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
        found = next(n for n in ("found", "match", "matched") if n not in used)
        lines = [f"{param} = {table}.get({param}, {param})"]
        if error is not None:
            lines += [f"{found} = next({lookup}, None)", f"if {found} is None:",
                      f"{step}raise {error}({param})", f"return {found}"]
        else:
            lines.append(ast.get_source_segment(crash.source, statement) or ast.unparse(statement))
        yield Candidate(
            strategy=self.name,
            description=f"`{param}` is resolved through `{table}` first, as the docstring says"
                        + (f"; a value still unknown raises {error}" if error else "") + ".",
            edits={crash.path: replace_node(crash.source, statement,
                                            ("\n" + indent).join(lines))},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract=f"the docstring resolves such values through `{table}`",
        )
