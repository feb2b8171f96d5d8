"""Text where bytes are needed: ``Strings must be encoded before hashing``, ``a bytes-like
object is required, not 'str'``. The text is encoded the way the code beside it already
encodes its text (``secret.encode("utf-8")`` on the same line, or in a sibling)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["TextToBytes"]

_MESSAGES = re.compile(
    r"Strings must be encoded before hashing|a bytes-like object is required, not 'str'"
    r"|Unicode-objects must be encoded|can't concat str to bytes"
)
_ENCODE = re.compile(r"\.encode\((\"[\w-]+\"|'[\w-]+')\)")


def _is_text(node: ast.expr, analysis: Analysis) -> bool:
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant)
                                            and isinstance(node.value, str)):
        return True
    captured = analysis.values.get(ast.unparse(node))
    return isinstance(captured, str) and captured[:1] in ("'", '"')


class TextToBytes:
    name = "text-to-bytes"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if analysis.exc_type != "TypeError" or not _MESSAGES.search(analysis.message):
            return
        if crash is None or statement is None:
            return
        encoding = _ENCODE.search(crash.source)
        if encoding is None:
            return  # how the module encodes its text is unknown: no guess at a codec
        for node in ast.walk(statement):
            if not isinstance(node, ast.Call):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if not isinstance(arg, ast.Name | ast.Attribute) or not _is_text(arg, analysis):
                    continue
                text = ast.get_source_segment(crash.source, arg) or ast.unparse(arg)
                yield Candidate(
                    strategy=self.name,
                    description=f"`{text}` is text where bytes are needed; it is now encoded "
                                f"with `.encode({encoding.group(1)})` like the text beside it.",
                    edits={crash.path: replace_node(
                        crash.source, arg, f"{text}.encode({encoding.group(1)})")},
                    originals={crash.path: crash.source}, plausibility=0.8,
                    contract=f"the module encodes its other text with "
                             f"`.encode({encoding.group(1)})`",
                )
