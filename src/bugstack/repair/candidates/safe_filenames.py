"""``FileNotFoundError`` for a file named after a value that holds a path separator, where
the package has a helper that makes such values safe file names.

``out_dir / f"{customer}.csv"`` for the customer ``'AC/DC Touring Ltd'`` names a file
``DC Touring Ltd.csv`` in a folder ``AC`` that does not exist. The package's
``safe_filename(customer)`` ("path separators ('/' and '\\') turned into '-'"), which
sibling code already uses for the same names (the index of the statements), names it
instead: ``out_dir / safe_filename(customer)``. Creating the missing folder, the obvious
guard, writes the file where nothing else looks for it.

Backing, all of it required:

* the captured value holds ``/`` or ``\\``, is written into an f-string that is a path
  component (``base / f"..."`` or ``os.path.join(base, f"...")``), and the error's path
  ends with that component;
* a function of the package takes that one value (its other parameters have defaults),
  is annotated ``-> str``, and its docstring says path separators (or ``'/'``, slashes)
  are replaced, turned into or removed, with no refusal ("raises", "rejects");
* sibling code of the package already uses it (calls it or passes it, as to ``map``), or
  the crashing module's or function's docstring names it.

The helper's own suffix is read from its signature: a text parameter whose default is the
f-string's tail (``suffix=".csv"`` for ``f"{customer}.csv"``) makes the whole component
``safe_filename(customer)``; a helper with no such parameter replaces the value alone
(``f"{safe_filename(customer)}.csv"``); a text default that is not the tail backs nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.package_functions import (
    PackageFunction,
    package_functions,
    required_parameter,
    with_helper,
)

__all__ = ["SafeFileName"]

_SEPARATORS = re.compile(r"\b(path )?separators?\b|['\"`]/['\"`]|\bslash(es)?\b", re.I)
_MADE_SAFE = re.compile(r"\b(turn(s|ed)? into|replaced?|replaces|becomes?|substitut\w*|"
                        r"strip(s|ped)?|remove[sd]?|dropped|escape[sd]?|mapped)\b", re.I)
_REFUSES = re.compile(r"\b(raises?|reject(s|ed)?|refuse[sd]?|errors?|invalid|not allowed)\b",
                      re.I)


def _component(statement: ast.AST) -> Iterator[ast.JoinedStr]:
    """F-strings used as a path component: ``base / f"..."``, ``os.path.join(base, f"...")``."""
    for node in ast.walk(statement):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) \
                and isinstance(node.right, ast.JoinedStr):
            yield node.right
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in ("os.path.join",
                                                                        "path.join", "join"):
            yield from (a for a in node.args[1:] if isinstance(a, ast.JoinedStr))


def _captured_text(analysis: Analysis, name: str) -> str | None:
    try:
        value = ast.literal_eval(analysis.values.get(name, ""))
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _referenced_by_siblings(analysis: Analysis, helper: PackageFunction) -> bool:
    """Whether another function of the package uses the helper: calls it or passes it."""
    assert analysis.crash is not None
    crashed = analysis.function.name if analysis.function is not None else None
    for path, _, tree in analysis.parsed_files(helper.node.name):
        if path.split("/")[0] != helper.path.split("/")[0]:
            continue
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            if function.name == helper.node.name or (path == analysis.crash.path
                                                     and function.name == crashed):
                continue
            if any((isinstance(n, ast.Name) and n.id == helper.node.name)
                   or (isinstance(n, ast.Attribute) and n.attr == helper.node.name)
                   for n in ast.walk(function)):
                return True
    return False


def _text_defaults(helper: ast.FunctionDef) -> dict[str, str]:
    arguments = helper.args
    positional = [*arguments.posonlyargs, *arguments.args]
    pairs = list(zip(positional[len(positional) - len(arguments.defaults):],
                     arguments.defaults, strict=True))
    pairs += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
              if d is not None]
    return {a.arg: d.value for a, d in pairs
            if isinstance(d, ast.Constant) and isinstance(d.value, str)}


class SafeFileName:
    name = "safe-file-name"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function, tree = analysis.crash, analysis.function, analysis.tree
        if analysis.exc_type != "FileNotFoundError" or crash is None or function is None \
                or tree is None:
            return
        missing = re.search(r"No such file or directory: '(?P<path>[^']+)'", analysis.message)
        if missing is None:
            return
        for joined in _component(function):
            names = [v.value.id for v in joined.values if isinstance(v, ast.FormattedValue)
                     and isinstance(v.value, ast.Name) and v.format_spec is None
                     and v.conversion == -1]
            formatted = [v for v in joined.values if isinstance(v, ast.FormattedValue)]
            if len(names) != 1 or len(formatted) != 1:
                continue
            value = _captured_text(analysis, names[0])
            if value is None or not ("/" in value or "\\" in value):
                continue
            written = "".join(value if isinstance(v, ast.FormattedValue) else str(v.value)
                              for v in joined.values
                              if isinstance(v, ast.FormattedValue | ast.Constant))
            if not missing.group("path").endswith(written):
                continue  # the failing path is not this component
            yield from self._helpers(analysis, joined, formatted[0], names[0])

    def _helpers(self, analysis: Analysis, joined: ast.JoinedStr,
                 formatted: ast.FormattedValue, name: str) -> Iterator[Candidate]:
        crash, function, tree = analysis.crash, analysis.function, analysis.tree
        assert crash is not None and function is not None and tree is not None
        named_by = " ".join(t for t in (ast.get_docstring(tree), ast.get_docstring(function))
                            if t)
        found: list[tuple[PackageFunction, str, str]] = []
        for helper in package_functions(analysis):
            node = helper.node
            doc = ast.get_docstring(node) or ""
            if required_parameter(node) is None or node.returns is None \
                    or ast.unparse(node.returns) != "str":
                continue
            sentences = [s for s in re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", doc))
                         if _SEPARATORS.search(s) and _MADE_SAFE.search(s)]
            if not sentences or any(_REFUSES.search(s) for s in sentences):
                continue
            if not (_referenced_by_siblings(analysis, helper)
                    or re.search(rf"\b{node.name}\(", named_by)):
                continue
            tail = "".join(str(v.value) for v in joined.values if isinstance(v, ast.Constant))
            defaults = _text_defaults(node)
            call = f"{helper.reference}({name})"
            if defaults:
                if len(defaults) != 1 or next(iter(defaults.values())) != tail \
                        or joined.values[0] is not formatted:
                    continue  # its own suffix is not the one the code writes
                replacement = call
            else:
                written = ast.get_source_segment(crash.source, joined) or ast.unparse(joined)
                quote = written[1]
                pieces = [f"{{{call}}}" if v is formatted else
                          str(v.value).replace("{", "{{").replace("}", "}}")
                          for v in joined.values
                          if isinstance(v, ast.FormattedValue | ast.Constant)]
                replacement = f"f{quote}{''.join(pieces)}{quote}"
            found.append((helper, replacement, sentences[0]))
        if len(found) != 1:
            return  # none, or two helpers: which one names the file is a guess
        helper, replacement, sentence = found[0]
        yield Candidate(
            strategy=self.name,
            description=f"`{name}` may hold a path separator; the file is named by "
                        f"`{helper.node.name}`, as sibling code names these files, instead "
                        "of naming a folder that does not exist.",
            edits={crash.path: with_helper(analysis, helper, [(joined, replacement)])},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"`{helper.node.name}` ({helper.path}) says: \"{sentence[:160]}\"",
        )
