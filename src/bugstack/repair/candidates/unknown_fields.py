"""Fields a dataclass documents it ignores: ``Event(**payload)`` meeting a new API field.

``TrackingEvent(**data)`` raises "__init__() got an unexpected keyword argument
'depot_code'" the day the courier adds a field to its payloads. When the dataclass says
what to do with fields it does not declare ("we keep the fields below and ignore any
other", "unknown keys are dropped"), the call is given only the declared fields:

    known = {field.name for field in dataclasses.fields(TrackingEvent)}
    return TrackingEvent(**{key: value for key, value in data.items() if key in known})

Adding the one field the crash named would fail on the next new field, and skipping the
whole record would lose a scan. Only a dataclass of the project, called with one ``**``
mapping, whose docstring or comments say unknown fields are ignored (a sentence with
"ignore", "drop" or "skip" and "unknown", "other", "extra", "new" or "unrecognised"
fields or keys, not negated) gets this; a class silent on it, or one that says unknown
fields are an error, gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import (
    insert_before_statement,
    insert_import,
    replace_nodes,
)
from bugstack.repair.contract_items import sentences

__all__ = ["UnknownFieldsIgnored"]

_UNEXPECTED = re.compile(r"got an unexpected keyword argument '(\w+)'")
_IGNORED = re.compile(
    r"\b(?:ignor(?:e|es|ed|ing)|drop(?:s|ped)?|skip(?:s|ped)?|discard(?:s|ed)?)\b[^.;]*"
    r"\b(?:any\s+other|other|unknown|extra|new|unrecognised|unrecognized|undeclared"
    r"|(?:do|does)\s+not\s+recogni[sz]e)\b|\b(?:any\s+other|other|unknown|extra|new"
    r"|unrecognised|unrecognized|undeclared)\s+(?:fields?|keys?|attributes?)\b[^.;]*"
    r"\b(?:are|is)\s+(?:ignored|dropped|skipped|discarded)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never)\s+(?:be\s+)?(?:ignored|dropped|skipped|discarded)\b"
                      r"|\b(?:rais(?:e|es|ed)|reject(?:s|ed)?|errors?)\b", re.I)


def _is_dataclass(node: ast.ClassDef) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if ast.unparse(target) in ("dataclass", "dataclasses.dataclass"):
            return True
    return False


def _documented(source: str, node: ast.ClassDef) -> str | None:
    """The sentence of the class's docstring or comments that says undeclared fields are
    ignored; None when there is none, or when one says they are an error."""
    lines = source.splitlines()
    comments = [line.strip().lstrip("#:").strip() for line in
                lines[node.lineno - 1:(node.end_lineno or node.lineno)]
                if line.strip().startswith("#")]
    text = " ".join([ast.get_docstring(node) or "", *comments])
    found: str | None = None
    for sentence in sentences(text):
        if _IGNORED.search(sentence):
            if _NEGATED.search(sentence):
                return None
            found = found or sentence
    return f'the docstring of `{node.name}` says: "{found[:200]}"' if found else None


class UnknownFieldsIgnored:
    name = "unknown-fields-ignored"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "TypeError" or not _UNEXPECTED.search(analysis.message) \
                or crash is None or statement is None or function is None or tree is None:
            return
        calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Name) and not n.args and len(n.keywords) == 1
                 and n.keywords[0].arg is None]
        if len(calls) != 1:
            return
        call = calls[0]
        assert isinstance(call.func, ast.Name)
        found = self._class(analysis, tree, call.func.id)
        if found is None:
            return
        cls_source, cls_node = found
        contract = _documented(cls_source, cls_node)
        taken = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
            a.arg for a in ast.walk(function) if isinstance(a, ast.arg)}
        if contract is None or {"known", "key", "value", "field", "dataclasses"} & taken:
            return
        mapping = ast.get_source_segment(crash.source, call.keywords[0].value) or \
            ast.unparse(call.keywords[0].value)
        # `fields` joins the module's own `from dataclasses import dataclass` when the name
        # is free; otherwise the module is imported whole.
        existing = next((n for n in tree.body if isinstance(n, ast.ImportFrom)
                         and n.module == "dataclasses" and n.level == 0
                         and not any(a.asname for a in n.names)), None)
        module_names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        joins = existing is not None and "fields" not in module_names and not any(
            a.name == "fields" for a in existing.names) and existing.lineno == (
                existing.end_lineno or existing.lineno)  # one line: the lines below stay
        replacements: list[tuple[ast.AST, str]] = [(call.keywords[0], (
            f"**{{key: value for key, value in {mapping}.items() if key in known}}"))]
        if existing is not None and joins:
            names = ", ".join([*(a.name for a in existing.names), "fields"])
            replacements.append((existing, f"from dataclasses import {names}"))
        edited = replace_nodes(crash.source, replacements)
        reader = "fields" if joins else "dataclasses.fields"
        edited = insert_before_statement(edited, statement, [
            f"known = {{field.name for field in {reader}({call.func.id})}}"])
        if not joins and not re.search(r"^import dataclasses$", edited, re.M):
            edited = insert_import(edited, "import dataclasses")
        yield Candidate(
            strategy=self.name,
            description=f"`{call.func.id}` is now given only the fields it declares; the "
                        "others are ignored, as its docstring says, instead of failing the "
                        "whole record.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.8, contract=contract,
        )

    def _class(self, analysis: Analysis, tree: ast.Module,
               name: str) -> tuple[str, ast.ClassDef] | None:
        """The project dataclass ``name`` refers to in the crash module, and its file."""
        assert analysis.crash is not None
        own = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name]
        if own:
            return (analysis.crash.source, own[0]) if _is_dataclass(own[0]) else None
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and any(
                    a.name == name and a.asname is None for a in node.names):
                text = analysis.read(node.module.replace(".", "/") + ".py")
                try:
                    module = ast.parse(text) if text else None
                except SyntaxError:
                    return None
                classes = [n for n in module.body if isinstance(n, ast.ClassDef)
                           and n.name == name] if module else []
                if text and classes and _is_dataclass(classes[0]):
                    return text, classes[0]
        return None
