"""Base64 decoded without the padding a sibling encoder strips: ``Incorrect padding``.

Tokens and cursors are often base64 with the ``=`` padding stripped, so they sit in a URL
without escaping (``urlsafe_b64encode(raw).decode().rstrip("=")``). The module's decoder
then fails on every value whose length is not a multiple of four. The decoder takes back
what the sibling encoder made when it restores the padding first
(``urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))``).

Backing, all of it required: the value was captured as text (or scrubbed by sentry-sdk,
as a ``token`` is, from a parameter declared ``str``); a sibling function of the same
module encodes with the matching encoder and strips the padding of its result; and no
sentence of the documentation around says the value carries its padding or is refused
without it ("standard base64 ... with padding as RFC 4648 has it"). When
the decode sits in a ``try`` whose handler turns malformed input into the module's own
error (``except (UnicodeDecodeError, json.JSONDecodeError): raise BadCursor``), the
handler also catches ``binascii.Error``, so that malformed text the padding does not mend
gets that answer rather than a crash.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_nodes
from bugstack.repair.contract_items import documentation_on_stack, sentences

__all__ = ["StrippedPadding"]

#: Decoder -> (its encoder, the block size padding fills up to).
_CODECS = {"b64decode": ("b64encode", 4), "urlsafe_b64decode": ("urlsafe_b64encode", 4),
           "b32decode": ("b32encode", 8), "b32hexdecode": ("b32hexencode", 8)}

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _strips_padding(function: FunctionNode, encoder: str) -> bool:
    """Whether ``function`` strips the ``=`` of ``encoder``'s result (``.rstrip("=")``)."""
    for call in ast.walk(function):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("rstrip", "strip", "replace") and call.args
                and isinstance(call.args[0], ast.Constant)
                and call.args[0].value in ("=", b"=")):
            continue
        if any(isinstance(n, ast.Call) and ast.unparse(n.func).rsplit(".", 1)[-1] == encoder
               for n in ast.walk(call.func.value)):
            return True
    return False


def _malformed_handler(function: FunctionNode, statement: ast.stmt) -> ast.Tuple | None:
    """The exception tuple of a handler around ``statement`` that raises (the module's
    answer to malformed input) and does not catch ``binascii.Error`` yet."""
    for node in ast.walk(function):
        if not isinstance(node, ast.Try) or not any(s is statement for s in node.body):
            continue
        for handler in node.handlers:
            raises = handler.body and isinstance(handler.body[-1], ast.Raise)
            if raises and isinstance(handler.type, ast.Tuple) \
                    and "binascii.Error" not in ast.unparse(handler.type):
                return handler.type
    return None


_PADDING = re.compile(r"\bpadd(?:ing|ed)\b", re.I)
# Said of the padding, these make a value without it an error, not the stripped form.
_PADDING_REFUSED = re.compile(r"\b(?:refus\w*|reject\w*|truncat\w*|always|invalid|errors?|"
                              r"damaged|corrupt\w*|must|with (?:its |the )?padding|"
                              r"RFC 4648)\b", re.I)


def _padding_required(site: CrashSite, crash: LocatedFrame, tree: ast.Module) -> bool:
    return any(_PADDING.search(s) and _PADDING_REFUSED.search(s)
               for _, text in documentation_on_stack(site, crash, tree, crash.lineno)
               for s in sentences(text))


def _annotated_str(function: FunctionNode, name: str) -> bool:
    return any(a.arg == name and a.annotation is not None and ast.unparse(a.annotation) == "str"
               for a in function.args.args + function.args.kwonlyargs)


class StrippedPadding:
    name = "stripped-padding"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "Error" or analysis.message != "Incorrect padding" \
                or crash is None or statement is None or function is None or tree is None:
            return
        for call in ast.walk(statement):
            if not (isinstance(call, ast.Call) and len(call.args) == 1
                    and isinstance(call.args[0], ast.Name)):
                continue
            decoder = ast.unparse(call.func).rsplit(".", 1)[-1]
            value = analysis.values.get(call.args[0].id, "")
            # sentry-sdk scrubs values of names like ``token``: a parameter declared text is
            # text all the same.
            scrubbed_text = value == "[Filtered]" and _annotated_str(function, call.args[0].id)
            if decoder not in _CODECS or not (value.startswith(("'", '"')) or scrubbed_text):
                continue
            if _padding_required(site, crash, tree):
                return  # "standard base64 with padding as RFC 4648 has it": a cut value
            encoder, block = _CODECS[decoder]
            siblings = [f.name for f in ast.walk(tree) if isinstance(f, FunctionNode)
                        and f is not function and _strips_padding(f, encoder)]
            if not siblings:
                continue
            name = call.args[0].id
            replacements: list[tuple[ast.AST, str]] = [
                (call.args[0], f'{name} + "=" * (-len({name}) % {block})')]
            handler = _malformed_handler(function, statement)
            if handler is not None:
                caught = ", ".join(ast.unparse(e) for e in handler.elts)
                replacements.append((handler, f"({caught}, binascii.Error)"))
            edited = replace_nodes(crash.source, replacements)
            if handler is not None and not any(
                    isinstance(n, ast.Import) and any(a.name == "binascii" and a.asname is None
                                                      for a in n.names) for n in tree.body):
                edited = insert_import(edited, "import binascii")
            yield Candidate(
                strategy=self.name,
                description=f"`{decoder}` gets back the `=` padding `{siblings[0]}` strips, "
                            "so it takes back what the encoder made"
                            + (", and malformed text gets the handler's answer."
                               if handler is not None else "."),
                edits={crash.path: edited}, originals={crash.path: crash.source},
                plausibility=0.85,
                contract=f"the sibling `{siblings[0]}` strips the padding of `{encoder}`",
            )
