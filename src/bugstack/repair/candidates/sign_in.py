"""A view reached by an anonymous visitor, in an app whose views require sign-in.

``AttributeError: 'AnonymousUser' object has no attribute 'customer'`` (Django) or
``'AnonymousUserMixin' object has no attribute ...`` (Flask-Login) means a view read a
signed-in user's data while nobody was signed in. When the module's other views say
what happens to anonymous visitors (``@login_required`` on sibling views, sibling
class-based views inheriting ``LoginRequiredMixin``, or a module docstring saying the
pages are for signed-in users only), the view gets the same protection, spelled and
imported as its siblings do: the visitor is sent to the login page. A 403, a 404 or an
empty answer would strand someone who merely has to sign in again.

Without any of that evidence nothing is proposed: whether an anonymous visitor should
see a public page, an error or a login form is the app's decision.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of, insert_import

__all__ = ["SignInRequired"]

_ANONYMOUS = re.compile(r"'(AnonymousUser|AnonymousUserMixin)' object has no attribute '(\w+)'")
_DECORATOR = "login_required"
_MIXIN = "LoginRequiredMixin"
_IMPORTS = {
    "AnonymousUser": "from django.contrib.auth.decorators import login_required",
    "AnonymousUserMixin": "from flask_login import login_required",
}
# A module docstring reserving its pages for signed-in users.
_SIGNED_IN_ONLY = re.compile(
    r"\b(signed|logged)[- ]in (\w+ )?only\b|\bonly (for )?(signed|logged)[- ]in\b"
    r"|\b(login|sign[- ]in|log[- ]in) (is )?required\b"
    r"|\brequires? (a )?(login|sign[- ]in|signed[- ]in user)\b"
    r"|\b(sent|redirected) to the (login|sign[- ]in) page\b", re.I)
# The docstring limiting sign-in to some pages, or opening pages to anyone: then it does
# not say which of the two this view is.
_PUBLIC = re.compile(
    r"\b(public|open to (anyone|everyone|all)|anyone|everyone|anonymous visitors? (can|may)"
    r"|without (signing|logging) in)\b", re.I)
_NEGATED = re.compile(r"\b(not|never|no)\b|n't\b", re.I)
_LIMITED = re.compile(r"\s+(for|on|to|in|when|before|at)\b(?!\s+(all|every|each|any)\b)",
                      re.I)
_ROUTE_DECORATORS = ("route", "get", "post", "put", "patch", "delete")
# A view that looks at these already decides what anonymous visitors get.
_ANONYMOUS_CHECKS = ("is_authenticated", "is_anonymous")


@dataclass(frozen=True, slots=True)
class _View:
    frame: LocatedFrame
    tree: ast.Module
    #: The view function, or the class-based view whose method crashed.
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def _dotted(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return ast.unparse(target)


def _has_login_decorator(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> bool:
    return any(_dotted(d).split(".")[-1] == _DECORATOR for d in node.decorator_list)


def _has_mixin(node: ast.ClassDef) -> bool:
    return any(ast.unparse(base).split(".")[-1] == _MIXIN for base in node.bases)


def _is_view_function(node: ast.FunctionDef | ast.AsyncFunctionDef, django: bool) -> bool:
    if node.name.startswith("_"):
        return False
    if django:
        params = [a.arg for a in node.args.posonlyargs + node.args.args]
        return bool(params) and params[0] == "request"
    return any(isinstance(d, ast.Call) and _dotted(d).split(".")[-1] in _ROUTE_DECORATORS
               for d in node.decorator_list)


def _view_at(frame: LocatedFrame, django: bool) -> _View | None:
    """The top-level view (function, or class holding the crashing method) at the frame."""
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return None
    for node in tree.body:
        if not node.lineno <= frame.lineno <= (node.end_lineno or node.lineno):
            continue
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return _View(frame, tree, node) if _is_view_function(node, django) else None
        if isinstance(node, ast.ClassDef) and django and any(
            ast.unparse(base).endswith("View") for base in node.bases
        ):
            return _View(frame, tree, node)
    return None


class SignInRequired:
    name = "sign-in-required"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        match = _ANONYMOUS.search(analysis.message)
        if analysis.exc_type != "AttributeError" or match is None:
            return
        kind = match.group(1)
        django = kind == "AnonymousUser"
        # Outermost first: the view, not a helper it passed the user to.
        for frame in site.frames:
            view = _view_at(frame, django)
            if view is not None:
                yield from self._protect(view, kind, match.group(2))
                return

    def _protect(self, view: _View, kind: str, attribute: str) -> Iterator[Candidate]:
        node, tree, source = view.node, view.tree, view.frame.source
        if _has_login_decorator(node) or (isinstance(node, ast.ClassDef) and _has_mixin(node)):
            return  # already protected: the visitor got here some other way
        if any(check in ast.unparse(node) for check in _ANONYMOUS_CHECKS):
            return  # the view handles anonymous visitors itself
        siblings = [n for n in tree.body if n is not node
                    and isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
        if any(_serves_anonymous_visitors(s, attribute) for s in siblings):
            return  # a public sibling reads the same thing when someone is signed in
        if isinstance(node, ast.ClassDef):
            new, contract = self._mixin(source, node, siblings)
        else:
            new, contract = self._decorator(source, tree, node, siblings, kind)
        if new is None or contract is None:
            return
        path = view.frame.path
        yield Candidate(
            strategy=self.name,
            description=f"`{node.name}` now requires a signed-in user: an anonymous "
                        f"visitor is sent to the login page instead of the view reading "
                        f"the `{attribute}` a signed-in user has.",
            edits={path: new}, originals={path: source}, plausibility=0.85,
            contract=contract,
        )

    def _decorator(
        self, source: str, tree: ast.Module, node: ast.FunctionDef | ast.AsyncFunctionDef,
        siblings: Sequence[ast.stmt], kind: str,
    ) -> tuple[str | None, str | None]:
        spellings = Counter(
            ast.get_source_segment(source, d) or ast.unparse(d)
            for s in siblings if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
            for d in s.decorator_list if _dotted(d).split(".")[-1] == _DECORATOR)
        if spellings:
            ranked = spellings.most_common()
            if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
                return None, None  # siblings disagree on how (login_url=...): no guessing
            decorator = ranked[0][0]
            contract = "the module's other views require sign-in with `@login_required`"
        else:
            if not _reserves_pages(ast.get_docstring(tree) or ""):
                return None, None
            decorator = _DECORATOR
            contract = "the module docstring reserves its pages for signed-in users"
        indent = indentation_of(source, node.lineno)
        lines = source.splitlines(keepends=True)
        # Innermost decorator: under a Flask route, which must stay outermost.
        new = "".join(lines[:node.lineno - 1]) + f"{indent}@{decorator}\n" + "".join(
            lines[node.lineno - 1:])
        if decorator == _DECORATOR and not _imports_name(tree, _DECORATOR):
            new = insert_import(new, _IMPORTS[kind])
        return new, contract

    def _mixin(self, source: str, node: ast.ClassDef,
               siblings: Sequence[ast.stmt]) -> tuple[str | None, str | None]:
        protected = [s for s in siblings if isinstance(s, ast.ClassDef) and _has_mixin(s)]
        if not protected:
            return None, None
        spelling = next(ast.unparse(b) for b in protected[0].bases
                        if ast.unparse(b).split(".")[-1] == _MIXIN)
        lines = source.splitlines(keepends=True)
        header = lines[node.lineno - 1]
        if node.bases:
            # The mixin goes first, as Django requires, before the view's own bases.
            first = node.bases[0]
            if first.lineno != node.lineno:
                return None, None
            column = len(header.encode()[:first.col_offset].decode())
            header = header[:column] + f"{spelling}, " + header[column:]
        else:
            header = re.sub(rf"class {node.name}\s*(\(\s*\))?:",
                            f"class {node.name}({spelling}):", header, count=1)
        new = "".join(lines[:node.lineno - 1]) + header + "".join(lines[node.lineno:])
        return new, f"the module's other views require sign-in with `{_MIXIN}`"


def _imports_name(tree: ast.Module, name: str) -> bool:
    return any(isinstance(n, ast.ImportFrom) and any((a.asname or a.name) == name
                                                     for a in n.names)
               for n in tree.body)


def _serves_anonymous_visitors(sibling: ast.stmt, attribute: str) -> bool:
    """An unprotected sibling that reads ``attribute`` only after asking whether someone
    is signed in: a public page, so the module's pages are not all for members."""
    if not isinstance(sibling, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return False
    if _has_login_decorator(sibling) or (isinstance(sibling, ast.ClassDef)
                                         and _has_mixin(sibling)):
        return False
    text = ast.unparse(sibling)
    return re.search(rf"\.{re.escape(attribute)}\b", text) is not None and any(
        check in text for check in _ANONYMOUS_CHECKS)


def _reserves_pages(docstring: str) -> bool:
    """The docstring reserves the module's pages for signed-in users, without a negation,
    a limit to some pages ("required for a member's own loans") or public pages beside."""
    if _PUBLIC.search(docstring):
        return False
    for sentence in re.split(r"(?<=[.;:!?])\s+", docstring):
        found = _SIGNED_IN_ONLY.search(sentence)
        if found is not None and not _NEGATED.search(sentence) \
                and not _LIMITED.match(sentence, found.end()):
            return True
    return False
