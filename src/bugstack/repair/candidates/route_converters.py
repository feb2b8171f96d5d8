"""A Django route whose path converter is narrower than the values the app routes to it.

``reverse("product-detail", kwargs={"code": "MUG-0.5L"})`` raises ``NoReverseMatch`` when
the route is ``products/<slug:code>/``: the slug converter takes letters, digits, ``-``
and ``_``, not the dot in the code. When another route of the app takes the same
parameter with Django's ``str`` converter (``go/<str:code>/``), the app already treats
such values as one path segment, and the narrow route becomes ``<str:code>``. The value
must be a non-empty text without ``/`` (what ``str`` matches); an empty slug is another
bug (a record without an address), and nothing is proposed for it.

Turning the error into a 404, or slugifying the value in the link, would send visitors
to a page that does not exist.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["RouteConverterWidened"]

_NO_REVERSE = re.compile(r"^Reverse for '(?P<name>[^']+)' with keyword arguments "
                         r"'(?P<kwargs>\{.*\})' not found")
# Only slug: widening `int` would hand the view text where it was given a number.
_NARROW = {"slug": re.compile(r"[-a-zA-Z0-9_]+")}


def _routes(tree: ast.Module) -> Iterator[tuple[ast.Constant, str]]:
    """The route strings of ``path(...)`` calls, with their ``name=``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "path" and node.args \
                and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            name = next((k.value.value for k in node.keywords if k.arg == "name"
                         and isinstance(k.value, ast.Constant)), "")
            yield node.args[0], str(name)


class RouteConverterWidened:
    name = "route-converter"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        match = _NO_REVERSE.match(analysis.message)
        if not analysis.exc_type.endswith("NoReverseMatch") or match is None:
            return
        try:
            kwargs = ast.literal_eval(match["kwargs"])
        except (ValueError, SyntaxError):
            return
        if not isinstance(kwargs, dict):
            return
        for rel, source, tree in analysis.parsed_files("path("):
            routes = list(_routes(tree))
            for node, name in routes:
                if name != match["name"]:
                    continue
                yield from self._widen(rel, source, node, routes, kwargs)

    @staticmethod
    def _would_shadow(route: str, node: ast.Constant, routes: list[tuple[ast.Constant, str]],
                      narrow: re.Pattern[str]) -> bool:
        """Whether another route under the same prefix has a segment the narrow converter
        rejects and ``str`` takes (``products/<str:code>.json`` beside
        ``products/<slug:code>``): widened, this route could serve that one's addresses."""
        prefix = route.split("<", 1)[0]
        for other, _ in routes:
            text = str(other.value)
            if other is node or not text.startswith(prefix):
                continue
            segment = text[len(prefix):].split("/", 1)[0]
            if segment and not narrow.fullmatch(segment):
                return True
        return False

    def _widen(self, rel: str, source: str, node: ast.Constant,
               routes: list[tuple[ast.Constant, str]],
               kwargs: dict[object, object]) -> Iterator[Candidate]:
        route = str(node.value)
        for converter, parameter in re.findall(r"<(\w+):(\w+)>", route):
            value = kwargs.get(parameter)
            narrow = _NARROW.get(converter)
            if not isinstance(value, str) or not value or "/" in value or narrow is None \
                    or narrow.fullmatch(value):
                continue
            sibling = next((str(other.value) for other, _ in routes if other is not node
                            and f"<str:{parameter}>" in str(other.value)), None)
            if sibling is None or self._would_shadow(route, node, routes, narrow):
                continue
            widened = route.replace(f"<{converter}:{parameter}>", f"<str:{parameter}>")
            quote = (ast.get_source_segment(source, node) or '"')[0]
            yield Candidate(
                strategy=self.name,
                description=f"The route `{route}` now takes any `{parameter}` without a "
                            f"slash (`str`), as `{sibling}` does, so {value!r} has an "
                            "address instead of raising NoReverseMatch.",
                edits={rel: replace_node(source, node, f"{quote}{widened}{quote}")},
                originals={rel: source}, plausibility=0.8,
                contract=f"the route `{sibling}` already takes `{parameter}` with the "
                         "`str` converter",
            )
