"""Documented serialisations: a ``set`` that JSON cannot encode, written as documented.

``json.dumps`` raises "Object of type set is not JSON serializable" for a record whose
``tags`` is a set. What to write instead is the documentation's call: "``tags`` a sorted
list of strings" means ``default=sorted``. ``default=str`` would write the set's repr
(``"{'vip', 'beta'}"``), in an order that changes from run to run, so when the
documentation promises a list every other encoding loses its backing.

Which fields hold sets is read from the crash frame's captured values (``Contact(...,
tags={'vip'})``) and from the class annotations of the records the function handles
(``tags: set[str]``). Every set-valued field found must be documented as a list, since
``default=sorted`` turns them all into lists; a field documented only as "a list" is
sorted too (a set has no order to keep, and sorting makes the output reproducible), with
a weaker backing than one documented sorted.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract import Evidence
from bugstack.repair.contract_items import documentation_near, documented_list

__all__ = ["DocumentedContainers", "respect_documented_containers"]

_SET_MESSAGE = re.compile(r"Object of type '?(set|frozenset)'? is not JSON serializable")
_SET_TYPES = frozenset({"set", "frozenset", "Set", "FrozenSet", "AbstractSet", "MutableSet"})
_DUMPS = ("json.dumps", "json.dump", "dumps", "dump")


class DocumentedContainers:
    name = "documented-container"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        found = documented_container(analysis)
        if found is None or analysis.crash is None:
            return
        call, evidence = found
        source, path = analysis.crash.source, analysis.crash.path
        written = ast.get_source_segment(source, call) or ast.unparse(call)
        ordered = "sorted lists" if evidence.source == "sorted" else "lists, sorted so the " \
            "output does not depend on the sets' order"
        yield Candidate(
            strategy=self.name,
            description=f"Sets that JSON cannot encode are now written as {ordered} "
                        "(`default=sorted`).",
            edits={path: replace_node(source, call, written[:-1].rstrip().rstrip(",")
                                      + ", default=sorted)")},
            originals={path: source},
            plausibility=0.85 if evidence.source == "sorted" else 0.7,
            contract=evidence.reason,
        )


def respect_documented_containers(candidates: list[Candidate],
                                  analysis: Analysis) -> list[Candidate]:
    """Unback the candidates that encode a set documented as a list some other way."""
    found = documented_container(analysis)
    if found is None or analysis.crash is None:
        return candidates
    evidence, path = found[1], analysis.crash.path
    kept = []
    for candidate in candidates:
        if candidate.contract and path in candidate.edits and not _writes_sorted(
            candidate.originals.get(path, ""), candidate.edits[path]
        ):
            candidate = candidate.unbacked(
                f"(This does not write the set as the list "
                f"{evidence.reason.split(' says')[0]} documents.)")
        kept.append(candidate)
    return kept


def _writes_sorted(before: str, after: str) -> bool:
    added = [line[1:] for line in difflib.unified_diff(
        before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line.startswith("+") and not line.startswith("+++")]
    return any(re.search(r"\bdefault\s*=\s*sorted\b", line) for line in added)


def documented_container(analysis: Analysis) -> tuple[ast.Call, Evidence] | None:
    """The ``json.dumps`` call that met a set, and the documentation of that set as a list."""
    crash, statement = analysis.crash, analysis.statement
    if analysis.exc_type != "TypeError" or crash is None or statement is None \
            or analysis.tree is None or not _SET_MESSAGE.search(analysis.message):
        return None
    call = next((n for n in ast.walk(statement) if isinstance(n, ast.Call)
                 and ast.unparse(n.func) in _DUMPS
                 and not any(k.arg in ("default", "cls") or k.arg is None for k in n.keywords)),
                None)
    if call is None:
        return None
    fields = _set_valued(crash.frame.vars)
    texts = documentation_near(crash.source, analysis.tree, crash.lineno)
    for name, (rel, lineno) in _annotated_sets(analysis).items():
        fields.add(name)
        text = analysis.read(rel) or ""
        texts += documentation_near(text, ast.parse(text), lineno)
    if not fields:
        return None
    documented = [documented_list(texts, name) for name in sorted(fields)]
    if any(evidence is None for evidence in documented):
        return None  # a set nothing documents: default=sorted would choose for it
    weakest = min(documented, key=lambda e: e is not None and e.source == "sorted")
    assert weakest is not None
    return call, weakest


def _set_valued(values: Mapping[str, Any]) -> set[str]:
    """Names whose captured value is a set: a local, a keyword in a repr, a dict key."""
    found: set[str] = set()
    for name, value in values.items():
        if isinstance(value, Mapping):
            found |= _set_valued(value)
            continue
        if not isinstance(value, str):
            continue
        try:
            tree = ast.parse(value, mode="eval")
        except (SyntaxError, ValueError):
            continue
        if _is_set(tree.body):
            found.add(name)
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg and _is_set(node.value):
                found.add(node.arg)
            elif isinstance(node, ast.Dict):
                found |= {k.value for k, v in zip(node.keys, node.values, strict=True)
                          if isinstance(k, ast.Constant) and isinstance(k.value, str)
                          and _is_set(v)}
    return found


def _is_set(node: ast.expr) -> bool:
    return isinstance(node, ast.Set) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id in ("set", "frozenset"))


def _annotated_sets(analysis: Analysis) -> dict[str, tuple[str, int]]:
    """Set-typed fields of the classes the crashed function names (``contact: Contact``),
    with where each is declared."""
    if analysis.function is None:
        return {}
    named = {n.id for n in ast.walk(analysis.function) if isinstance(n, ast.Name)}
    found: dict[str, tuple[str, int]] = {}
    for rel, text, tree in analysis.parsed_files("class "):
        if not any(f"class {name}" in text for name in named):
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.ClassDef) and node.name in named):
                continue
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    head = item.annotation.value if isinstance(item.annotation, ast.Subscript) \
                        else item.annotation
                    kind = head.attr if isinstance(head, ast.Attribute) \
                        else getattr(head, "id", None)
                    if kind in _SET_TYPES:
                        found[item.target.id] = (rel, item.lineno)
    return found
