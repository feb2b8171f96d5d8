"""Whether a captured request body was a submitted form, and how to send it again.

sentry-sdk's Django integration records ``request.POST`` as the event's ``request.data``
(a dict of the last value of each field) and a JSON body as its parsed value: the two look
alike once captured, and the content type is often not in the event. Replayed as JSON, a
form's fields never reach ``request.POST`` and the view fails on another key, or answers
400, instead of raising what production raised. The content type says which it was when
the event has it; otherwise the views the request went through do: a view reading
``request.POST`` or ``request.FILES`` and never the raw body was sent a form.
"""

from __future__ import annotations

import ast
import re
from typing import Any
from urllib.parse import urlencode

from bugstack.domain import CrashSite, LocatedFrame

__all__ = ["FORM_CONTENT_TYPE", "form_payload"]

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_READS_FORM = re.compile(r"\.(?:POST|FILES)\b")
#: A view that reads the raw body (``json.loads(request.body)``, ``request.read()``)
#: may have been sent JSON: the body is then not known to be a form.
_READS_RAW = re.compile(r"\.(?:body|stream)\b|\.read\(|json\.loads?\(")


def form_payload(site: CrashSite, content_type: str, body: Any) -> str | None:
    """The body url-encoded when it was a submitted form; ``None`` when it was not, or when
    nothing says so. Only a dict of text values can be a captured form (each field's value
    is a string); its fields are sent as they came, none added or left out."""
    if not isinstance(body, dict) or not body:
        return None
    if not all(isinstance(key, str) and _form_value(value) for key, value in body.items()):
        return None
    kind = content_type.lower()
    if kind:
        is_form = "form-urlencoded" in kind or "multipart/form-data" in kind
        return urlencode(body, doseq=True) if is_form else None
    views = [_function_text(frame) for frame in site.frames]
    reads_form = any(_READS_FORM.search(text) for text in views)
    reads_raw = any(_READS_RAW.search(text) for text in views)
    return urlencode(body, doseq=True) if reads_form and not reads_raw else None


def _form_value(value: object) -> bool:
    """Text, or a field sent several times (a list of texts, put back by
    :mod:`~bugstack.repair.reproduce.lost_form_values`)."""
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(item, str) for item in value))


def _function_text(frame: LocatedFrame) -> str:
    """The source of the innermost function holding the frame's line ("" if none)."""
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return ""
    best: ast.AST | None = None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            end = node.end_lineno or node.lineno
            if node.lineno <= frame.lineno <= end and (
                    best is None or node.lineno >= getattr(best, "lineno", 0)):
                best = node
    return (ast.get_source_segment(frame.source, best) or "") if best is not None else ""
