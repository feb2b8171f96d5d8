"""Misspelled and renamed names, resolved against what actually exists.

* ``NameError``: the name is replaced by the close match among the names in scope (the
  function's parameters and locals, the module's globals and imports, the builtins), or
  imported when it is a standard-library module the file does not import yet;
* ``unexpected keyword argument``: the keyword is renamed to the callee's parameter, found
  by its definition in the repository: the close match among its parameters, the one
  required parameter the call leaves unpassed (a rename such as ``body`` -> ``text``), the
  one unbound parameter sharing a word with it (``per_page`` -> ``page_size``), or the
  one another call site passes a value of the same type as (``keyword_evidence.py``);
* ``object has no attribute``: the attribute is replaced by the close match among the
  attributes the class of the repository defines.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re
import sys
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_nodes
from bugstack.repair.candidates.keyword_evidence import (
    annotation_conflict,
    could_take,
    meaning_conflict,
    opposite,
    shared_token_parameter,
    sibling_calls,
    unit_conflict,
    value_type,
)

__all__ = ["NameResolution"]

_NAME_ERROR = re.compile(r"name '(\w+)' is not defined")
_KWARG = re.compile(r"(?:(?P<func>[\w.]+)\(\) )?got an unexpected keyword argument '(?P<kw>\w+)'")
_ATTRIBUTE = re.compile(r"'(?P<cls>\w+)' object has no attribute '(?P<attr>\w+)'")


def _scope_names(tree: ast.Module, function: FunctionNode | None) -> set[str]:
    names: set[str] = set(dir(builtins))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    if function is not None:
        args = function.args
        names |= {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
        names |= {n.id for n in ast.walk(function)
                  if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return names


def _parameters(function: FunctionNode) -> list[str]:
    args = function.args
    return [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]
            if a.arg not in ("self", "cls")]


def _required(function: FunctionNode) -> list[str]:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    required = positional[: len(positional) - len(args.defaults)]
    required += [a for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is None]
    return [a.arg for a in required if a.arg not in ("self", "cls")]


class NameResolution:
    name = "name-resolution"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.crash is None or analysis.statement is None or analysis.tree is None:
            return
        if analysis.exc_type in ("NameError", "UnboundLocalError"):
            match = _NAME_ERROR.search(analysis.message)
            if match and analysis.exc_type == "NameError":
                yield from self._name(analysis, match.group(1))
        elif analysis.exc_type == "TypeError":
            match = _KWARG.search(analysis.message)
            if match:
                yield from self._keyword(analysis, match.group("func"), match.group("kw"))
        elif analysis.exc_type == "AttributeError":
            match = _ATTRIBUTE.search(analysis.message)
            if match and match.group("cls") != "NoneType":
                yield from self._attribute(analysis, match.group("cls"), match.group("attr"))

    def _candidate(self, analysis: Analysis, new: str, description: str, plausibility: float,
                   contract: str | None) -> Candidate:
        assert analysis.crash is not None
        return Candidate(strategy=self.name, description=description,
                         edits={analysis.crash.path: new},
                         originals={analysis.crash.path: analysis.crash.source},
                         plausibility=plausibility, contract=contract)

    def _name(self, analysis: Analysis, missing: str) -> Iterator[Candidate]:
        assert analysis.crash is not None and analysis.tree is not None
        assert analysis.statement is not None
        scope = _scope_names(analysis.tree, analysis.function) - {missing}
        nodes = [n for n in ast.walk(analysis.statement)
                 if isinstance(n, ast.Name) and n.id == missing]
        matches = difflib.get_close_matches(missing, sorted(scope), n=3, cutoff=0.75)
        for rank, match in enumerate(matches):
            new = replace_nodes(analysis.crash.source, [(n, match) for n in nodes])
            single = len(matches) == 1
            yield self._candidate(
                analysis, new, f"`{missing}` is a misspelling of `{match}`, which is in scope.",
                0.8 - 0.1 * rank if single else 0.5 - 0.1 * rank,
                f"`{match}` is the only name in scope that close to `{missing}`" if single
                else None,
            )
        if missing in sys.stdlib_module_names and nodes:
            new = insert_import(analysis.crash.source, f"import {missing}")
            yield self._candidate(
                analysis, new, f"The module uses the standard library's `{missing}` without "
                f"importing it; the import is added.", 0.8,
                f"`{missing}` is a standard-library module used as one",
            )

    def _keyword(self, analysis: Analysis, func: str | None, keyword: str) -> Iterator[Candidate]:
        assert analysis.crash is not None and analysis.statement is not None
        for call in ast.walk(analysis.statement):
            if not isinstance(call, ast.Call):
                continue
            used = [k for k in call.keywords if k.arg == keyword]
            if not used:
                continue
            callee = call.func.attr if isinstance(call.func, ast.Attribute) else (
                call.func.id if isinstance(call.func, ast.Name) else None
            )
            if callee is None or (func and func.split(".")[-1] != callee):
                continue
            definitions = analysis.definitions(callee)
            signatures = {tuple(_parameters(d)) for _, d in definitions}
            if len(signatures) != 1:
                continue  # unknown, or several functions of that name disagree
            definition = definitions[0][1]
            params = _parameters(definition)
            passed = {k.arg for k in call.keywords if k.arg}
            offset = 1 if definition.args.args and definition.args.args[0].arg in (
                "self", "cls") else 0
            positional = [a.arg for a in [*definition.args.posonlyargs,
                                          *definition.args.args][offset:]]
            passed |= set(positional[: len(call.args)])
            unpassed = [p for p in params if p not in passed]
            targets = self._keyword_targets(analysis, call, callee, definition, keyword,
                                            unpassed, passed)
            for rank, (target, reasons) in enumerate(targets):
                source = analysis.crash.source
                lines = source.splitlines(keepends=True)
                node = used[0]
                line = lines[node.lineno - 1]
                col = len(line.encode()[: node.col_offset].decode("utf-8", "replace"))
                assert line[col:].startswith(keyword)
                lines[node.lineno - 1] = line[:col] + target + line[col + len(keyword):]
                backed = [t for t, r in targets if r]
                # Two parameters each with evidence: equally plausible, so the pipeline
                # declines when both hold rather than let the order decide.
                plausibility = (0.8 if len(backed) > 1 else 0.85) if reasons \
                    else 0.75 - 0.1 * rank
                yield self._candidate(
                    analysis, "".join(lines),
                    f"`{callee}` has no parameter `{keyword}`; the call now passes it as "
                    f"`{target}`, as the signature names it.",
                    plausibility, "; ".join(reasons) or None,
                )

    def _keyword_targets(self, analysis: Analysis, call: ast.Call, callee: str,
                         definition: FunctionNode, keyword: str, unpassed: list[str],
                         passed: set[str]) -> list[tuple[str, list[str]]]:
        """The parameters ``keyword`` may have been renamed to, each with its evidence
        (none for a mere close spelling among several), the best backed first."""
        if any(isinstance(a, ast.Starred) for a in call.args) or any(
                k.arg is None for k in call.keywords):
            return []  # *args or **kwargs at the call: which parameters are bound is unknown
        evidence: dict[str, list[str]] = {}
        missing_required = [p for p in _required(definition) if p not in passed]
        if len(missing_required) == 1:
            evidence[missing_required[0]] = [
                f"`{callee}` requires `{missing_required[0]}`, the one parameter the call "
                "leaves unpassed"]
        close = difflib.get_close_matches(keyword, unpassed, n=2, cutoff=0.6)
        for match in close:
            evidence.setdefault(match, []).extend(
                [f"`{match}` is the parameter of `{callee}` closest to `{keyword}`"]
                if len(close) == 1 else [])
        shared = shared_token_parameter(keyword, unpassed)
        if shared is not None:
            evidence.setdefault(shared[0], []).append(
                f"`{shared[0]}` is the one parameter of `{callee}` the call leaves unbound "
                f"that shares the word `{shared[1]}` with `{keyword}`")
        value = next(k.value for k in call.keywords if k.arg == keyword)
        passed_type = value_type(value, analysis.tree)
        for sibling in sibling_calls(analysis, callee, call, unpassed, passed_type):
            related = sibling.parameter in evidence or shared_token_parameter(
                keyword, [sibling.parameter]) is not None
            if not related and any(could_take(definition, other, passed_type)
                                   for other in unpassed if other != sibling.parameter):
                # Nothing else ties `message` to `subject`, and `subject="Welcome"`
                # elsewhere says nothing when `body` takes a str too.
                continue
            reasons = evidence.setdefault(sibling.parameter, [])
            if not any("already passes" in r for r in reasons):
                article = "an" if sibling.type[0] in "aeiou" else "a"
                reasons.append(f"{sibling.path}:{sibling.line} already passes "
                               f"`{sibling.parameter}={sibling.value}` to `{callee}`, "
                               f"{article} {sibling.type} like `{ast.unparse(value)}`")
        kept = [(t, r) for t, r in evidence.items()
                if not annotation_conflict(definition, t, passed_type)
                and not unit_conflict(keyword, t) and not meaning_conflict(keyword, t)]
        return sorted(kept, key=lambda item: -len(item[1]))

    def _attribute(self, analysis: Analysis, cls: str, attr: str) -> Iterator[Candidate]:
        assert analysis.crash is not None and analysis.statement is not None
        known: set[str] = set()
        for _, _, tree in analysis.parsed_files(f"class {cls}"):
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name == cls:
                    for item in ast.walk(node):
                        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                            known.add(item.name)
                        elif isinstance(item, ast.AnnAssign) and isinstance(item.target,
                                                                            ast.Name):
                            known.add(item.target.id)
                        elif (isinstance(item, ast.Attribute) and isinstance(item.ctx, ast.Store)
                              and isinstance(item.value, ast.Name) and item.value.id == "self"):
                            known.add(item.attr)
                        elif isinstance(item, ast.Assign):
                            known |= {t.id for t in item.targets if isinstance(t, ast.Name)}
        matches = [m for m in difflib.get_close_matches(attr, sorted(known - {attr}), n=2,
                                                        cutoff=0.75) if not opposite(attr, m)]
        nodes = [n for n in ast.walk(analysis.statement)
                 if isinstance(n, ast.Attribute) and n.attr == attr]
        for rank, match in enumerate(matches):
            source = analysis.crash.source
            replacements: list[tuple[ast.AST, str]] = [
                (n, f"{ast.get_source_segment(source, n.value) or ast.unparse(n.value)}.{match}")
                for n in nodes
            ]
            yield self._candidate(
                analysis, replace_nodes(analysis.crash.source, replacements),
                f"`{cls}` has no attribute `{attr}`; `{match}` is the one it defines.",
                0.8 - 0.1 * rank,
                f"`{cls}` defines `{match}`" if len(matches) == 1 else None,
            )
