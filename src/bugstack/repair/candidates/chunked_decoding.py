"""Bytes decoded chunk by chunk, where a character can be cut between two chunks.

``pending += chunk.decode(encoding)`` in a loop over the chunks of a body raises
"'utf-8' codec can't decode byte 0xc3 in position 7: unexpected end of data" when the
transport cut a multi-byte character in two. "Unexpected end of data" is that very case:
the bytes are valid, the chunk ended too early. An incremental decoder keeps the cut
bytes for the next chunk, so the text comes out exactly as decoding the whole body at
once would give it::

    decoder = codecs.getincrementaldecoder(encoding)()
    for chunk in chunks:
        pending += decoder.decode(chunk)
        ...
    pending += decoder.decode(b"", final=True)

Chunks that decoded on their own decode to the same text; the final flush still raises
for a body that really ends in the middle of a character. ``errors="replace"`` or
``"ignore"`` would turn the cut character into garbage or drop it.

Only the message "unexpected end of data", a ``decode`` of the loop's own variable with
at most the encoding as argument, in a statement ``name += ...`` directly in the loop's
body (so the flush can be added to the same name after the loop), and a loop without an
``else`` are handled.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import (
    indentation_of,
    insert_stdlib_import,
    replace_node,
)
from bugstack.repair.contract_items import documentation_near

__all__ = ["IncrementalDecoding"]

# Documentation saying each chunk is a whole message of its own: a cut character is then
# a broken message, not one continued in the next chunk.
_SELF_CONTAINED = re.compile(
    r"\b(?:complete|whole|separate|independent|self-contained|own)\b[^.;]*"
    r"\b(?:messages?|records?|units?|documents?)\b|\bnever\s+continues?\b", re.I)


def _decode_of(statement: ast.AugAssign, variable: str) -> ast.Call | None:
    # The decoded chunk must be all that is added: `text += frame.decode() + "\n"` treats
    # each chunk as a unit of its own, and gluing a cut character onto the next would join
    # two messages (adversarial review).
    call = statement.value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "decode" and isinstance(call.func.value, ast.Name)
            and call.func.value.id == variable):
        return None
    arguments = [*call.args, *(k.value for k in call.keywords if k.arg == "encoding")]
    if len(arguments) > 1 or len(call.args) + len(call.keywords) != len(arguments):
        return None  # an `errors=` argument is a decision the code already made
    return call


class IncrementalDecoding:
    name = "incremental-decoding"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if not analysis.exc_type.endswith("UnicodeDecodeError") \
                or "unexpected end of data" not in analysis.message \
                or crash is None or function is None \
                or not isinstance(statement, ast.AugAssign) \
                or not isinstance(statement.op, ast.Add) \
                or not isinstance(statement.target, ast.Name):
            return
        loop = next((n for n in ast.walk(function) if isinstance(n, ast.For)
                     and statement in n.body), None)
        if loop is None or loop.orelse or not isinstance(loop.target, ast.Name):
            return
        call = _decode_of(statement, loop.target.id)
        if call is None or (analysis.tree is not None and any(
                _SELF_CONTAINED.search(text) for _, text in documentation_near(
                    crash.source, analysis.tree, crash.lineno))):
            return
        source = crash.source
        encoding = ast.unparse(call.args[0] if call.args else call.keywords[0].value) \
            if call.args or call.keywords else '"utf-8"'
        taken = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
        decoder = next((name for name in ("decoder", "text_decoder", "incremental_decoder")
                        if name not in taken), None)
        if decoder is None:
            return
        target = statement.target.id
        indent = indentation_of(source, loop.lineno)
        edited = replace_node(source, call, f"{decoder}.decode({loop.target.id})")
        lines = edited.splitlines(keepends=True)
        end = loop.end_lineno or loop.lineno
        lines.insert(end, f'{indent}{target} += {decoder}.decode(b"", final=True)\n')
        lines.insert(loop.lineno - 1,
                     f"{indent}{decoder} = codecs.getincrementaldecoder({encoding})()\n")
        edited = "".join(lines)
        if not any(isinstance(n, ast.Import) and any(a.name == "codecs" and a.asname is None
                                                     for a in n.names)
                   for n in ast.walk(analysis.tree or ast.Module(body=[], type_ignores=[]))):
            edited = insert_stdlib_import(edited, "codecs")
        yield Candidate(
            strategy=self.name,
            description=f"`{loop.target.id}` is now decoded with an incremental decoder, "
                        "which keeps a character cut between two chunks for the next one, "
                        "and flushed after the loop.",
            edits={crash.path: edited}, originals={crash.path: source},
            plausibility=0.8,
            contract="\"unexpected end of data\" is a valid character cut at the end of a "
                     "chunk: decoding the chunks as one stream gives the whole body's text",
        )
