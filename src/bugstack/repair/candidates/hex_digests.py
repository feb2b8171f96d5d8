"""A raw digest returned where the code documents the hex form: ``.digest()`` -> ``.hexdigest()``.

``jsonify({"sig": sign(document_id, expires)})`` raises "Object of type bytes is not JSON
serializable" because ``sign`` returns ``_mac(...).digest()``, while its docstring says
the signature is "lower-case hex (64 characters)" and ``verify`` beside it compares
against ``_mac(...).hexdigest()``. The helper then returns the hex digest. Decoding the
raw bytes (``.decode()``, the obvious cure for bytes) fails on most digests, and base64 or
``str(bytes)`` give a text that the code's own check rejects.

Backing, one of them required: the helper's docstring calls its result hex
("hex", "hexadecimal", "hex digest"), or a sibling in the helper's module uses
``.hexdigest()`` of the same callee (``_mac(...)``) as the form it compares against. A
docstring that speaks of raw bytes or base64, or a helper annotated ``-> bytes``, backs
nothing; so does a helper with no such sentence and no such sibling.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.candidates.package_functions import PackageFunction, package_functions

__all__ = ["HexDigestDocumented"]

_BYTES_MESSAGE = re.compile(r"Object of type '?bytes'? is not JSON serializable")
_HEX = re.compile(r"\bhex(adecimal)?\b|\bhex\s*digest\b|\bhexdigest\b", re.I)
_RAW = re.compile(r"\b(raw|bytes|binary|base64|b64)\b", re.I)


def _called(statement: ast.stmt) -> set[str]:
    return {ast.unparse(call.func) for call in ast.walk(statement)
            if isinstance(call, ast.Call)}


def _raw_digests(helper: ast.FunctionDef) -> list[ast.Call]:
    """The ``X.digest()`` calls the helper returns as they are."""
    found: list[ast.Call] = []
    for node in ast.walk(helper):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Attribute) \
                and node.value.func.attr == "digest" and not node.value.args \
                and not node.value.keywords:
            found.append(node.value)
    return found


def _callee(digest: ast.Call) -> str | None:
    """``_mac`` for ``_mac(document_id, expires).digest()``."""
    assert isinstance(digest.func, ast.Attribute)
    base = digest.func.value
    return ast.unparse(base.func) if isinstance(base, ast.Call) else None


def _sibling_hex(helper: PackageFunction, callee: str) -> str | None:
    """The sibling that takes ``callee(...).hexdigest()`` as the form to compare with."""
    for node in helper.module.body:
        if not isinstance(node, ast.FunctionDef) or node is helper.node:
            continue
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                    and call.func.attr == "hexdigest" \
                    and isinstance(call.func.value, ast.Call) \
                    and ast.unparse(call.func.value.func) == callee:
                return node.name
    return None


def _backing(helper: PackageFunction, digest: ast.Call) -> tuple[str, float] | None:
    returns = helper.node.returns
    if returns is not None and ast.unparse(returns) in ("bytes", "bytearray"):
        return None  # the function declares the raw form
    doc = ast.get_docstring(helper.node) or ""
    if _RAW.search(doc):
        return None  # the documentation speaks of bytes or another encoding
    sentence = next((s for s in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", doc))
                     if _HEX.search(s)), None)
    callee = _callee(digest)
    sibling = _sibling_hex(helper, callee) if callee else None
    if sentence is not None:
        extra = f"; `{sibling}` compares against `{callee}(...).hexdigest()`" if sibling \
            else ""
        return f"`{helper.node.name}`'s docstring: \"{sentence[:160]}\"{extra}", 0.85
    if sibling is not None:
        return (f"`{sibling}` beside `{helper.node.name}` compares against "
                f"`{callee}(...).hexdigest()`", 0.7)
    return None


class HexDigestDocumented:
    name = "hex-digest-documented"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.exc_type != "TypeError" or not _BYTES_MESSAGE.search(analysis.message) \
                or analysis.crash is None or analysis.statement is None \
                or analysis.tree is None:
            return
        called = _called(analysis.statement)
        for helper in package_functions(analysis):
            if helper.import_line is not None or helper.reference not in called:
                continue  # only the functions the crashed statement calls
            digests = _raw_digests(helper.node)
            if len(digests) != 1:
                continue
            digest = digests[0]
            backing = _backing(helper, digest)
            if backing is None:
                continue
            contract, plausibility = backing
            assert isinstance(digest.func, ast.Attribute)
            base = ast.get_source_segment(helper.source, digest.func.value) \
                or ast.unparse(digest.func.value)
            yield Candidate(
                strategy=self.name,
                description=f"`{helper.node.name}` returns the hex digest, the text form "
                            "the code documents, instead of raw bytes.",
                edits={helper.path: replace_node(helper.source, digest,
                                                 f"{base}.hexdigest()")},
                originals={helper.path: helper.source}, plausibility=plausibility,
                contract=contract,
            )
