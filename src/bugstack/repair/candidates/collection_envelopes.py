"""A Django view answering a bare list where its sibling views wrap theirs in an object.

``JsonResponse(tags)`` raises "In order to allow non-dict objects to be serialized set
the safe parameter to False." Django's own hint, ``safe=False``, sends a bare JSON array;
but when the views beside it answer every collection in the same envelope
(``JsonResponse({"count": len(articles), "results": articles})``), the front end reading
them expects that envelope, and a bare array would be a new, unreadable shape. The list
is wrapped the way the siblings wrap theirs::

    return JsonResponse({"count": len(tags), "results": tags})

Backing, all of it required: the view passes a plain name to ``JsonResponse``, a list
(captured as one, or built by a list display, comprehension, ``list()`` or ``sorted()``);
at least one other view of the module passes a one-line dict literal whose values are a
name of its own and ``len()`` of that name, nothing else (a constant such as ``"kind":
"article_list"`` is that view's own label); every such envelope in the module has the
same keys; and the view's own documentation says nothing of its answer's shape (a list,
a bare array, a ``{...}``: the ``django-jsonresponse-non-dict`` guide answers a
documented bare array with ``safe=False``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import documentation_near

__all__ = ["SiblingCollectionEnvelope"]

_NOT_SAFE = "In order to allow non-dict objects to be serialized set the safe parameter to False"
_BARE_ARRAY = re.compile(r"\b(?:JSON\s+)?arrays?\b|\bbare\s+lists?\b", re.I)
# "reads a plain list", ``{"version": ...}``, ``["django", ...]``: the answer's own shape.
_OWN_SHAPE = re.compile(r"\blists?\b|[\[{]")
_LIST_BUILDERS = ("list", "sorted")
_NEGATED = re.compile(r"\b(?:never|not|no)\b", re.I)
_KEYED = re.compile(r"\bkeyed by\b|\bmapping\b|\bby name\b:", re.I)


def _built_as_list(function: ast.AST, name: str, captured: str | None) -> bool:
    """Whether ``name`` is a list: captured as one, or built by a list display,
    comprehension, ``list()`` or ``sorted()`` in the view."""
    if captured is not None and captured.startswith(("[(", "[[")):
        return False  # pairs: a mapping written as a list, not a collection of records
    if captured is not None and captured.startswith("["):
        return True
    built = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
    if len(built) == 1 and any(isinstance(n, ast.Attribute) and n.attr == "items"
                               for n in ast.walk(built[0])):
        return False  # pairs of a mapping
    return len(built) == 1 and (isinstance(built[0], ast.List | ast.ListComp) or (
        isinstance(built[0], ast.Call) and isinstance(built[0].func, ast.Name)
        and built[0].func.id in _LIST_BUILDERS))


def _response_calls(node: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Call)
            and ast.unparse(n.func) in ("JsonResponse", "http.JsonResponse")
            and len(n.args) == 1 and not n.keywords]


def _envelope(call: ast.Call) -> tuple[ast.Dict, str] | None:
    """The dict literal and the name of the list it wraps, for ``JsonResponse({...})``
    whose values are that name, ``len()`` of it, or constants."""
    wrapped = call.args[0]
    if not isinstance(wrapped, ast.Dict) or wrapped.lineno != wrapped.end_lineno \
            or any(not isinstance(k, ast.Constant) for k in wrapped.keys):
        return None
    names = set()
    for value in wrapped.values:
        if isinstance(value, ast.Name):
            names.add(value.id)
        elif isinstance(value, ast.Call) and ast.unparse(value.func) == "len" \
                and len(value.args) == 1 and isinstance(value.args[0], ast.Name):
            names.add(value.args[0].id)
        else:
            return None  # a constant ("kind": "article_list") is the sibling's own label
    if len(names) != 1 or not any(isinstance(v, ast.Name) for v in wrapped.values):
        return None
    return wrapped, names.pop()


def _rewrapped(source: str, wrapped: ast.Dict, old: str, new: str) -> str:
    """The sibling's one-line dict text with its list's name replaced by ``new``."""
    text = ast.get_source_segment(source, wrapped) or ast.unparse(wrapped)
    start = wrapped.col_offset
    spots = sorted((n.col_offset - start for n in ast.walk(wrapped)
                    if isinstance(n, ast.Name) and n.id == old), reverse=True)
    for spot in spots:
        text = text[:spot] + new + text[spot + len(old):]
    return text


class SiblingCollectionEnvelope:
    name = "sibling-collection-envelope"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree, function = (analysis.crash, analysis.statement,
                                            analysis.tree, analysis.function)
        if crash is None or statement is None or tree is None or function is None \
                or analysis.exc_type != "TypeError" or _NOT_SAFE not in analysis.message:
            return
        calls = [c for c in _response_calls(statement) if isinstance(c.args[0], ast.Name)]
        if len(calls) != 1:
            return
        call = calls[0]
        assert isinstance(call.args[0], ast.Name)
        listed = call.args[0].id
        near = documentation_near(crash.source, tree, crash.lineno)
        if any(_BARE_ARRAY.search(text) or _OWN_SHAPE.search(text)
               for where, text in near if "module" not in where):
            return  # the view says what it answers: a list, or a shape of its own
        if not _built_as_list(function, listed, analysis.values.get(listed)):
            return  # not known to be a collection
        module = ast.get_docstring(tree) or ""
        if any(_BARE_ARRAY.search(s) and not _NEGATED.search(s)
               for s in re.split(r"(?<=[.;])\s+", module)) or _KEYED.search(module):
            return  # the module says some view answers a bare array, or a mapping
        envelopes = [(node.name, found) for node in tree.body
                     if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                     and node is not function
                     for found in map(_envelope, _response_calls(node)) if found is not None]
        shapes = {tuple(ast.literal_eval(k) for k in wrapped.keys if k is not None)
                  for _, (wrapped, _) in envelopes}
        if not envelopes or len(shapes) != 1:
            return
        sibling, (wrapped, old) = envelopes[0]
        text = _rewrapped(crash.source, wrapped, old, listed)
        keys = ", ".join(f"`{k}`" for k in next(iter(shapes)))
        yield Candidate(
            strategy=self.name,
            description=f"`{listed}` is answered in the object {keys} that the module's other "
                        f"views wrap their collections in, as `{sibling}` does.",
            edits={crash.path: replace_node(crash.source, call.args[0], text)},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract=f"sibling view `{sibling}` answers its collection as "
                     + (ast.get_source_segment(crash.source, wrapped) or text),
        )
