"""Base64 whose ``=`` padding the code itself leaves off, decoded as if it were there.

``base64.urlsafe_b64decode(token)`` raises ``binascii.Error: Incorrect padding`` for a
token made by ``urlsafe_b64encode(...).decode().rstrip("=")``: the encoder drops the
padding (links and file names are cut or escaped at ``=``), so a third of the tokens lack
one or two characters the decoder needs. The padding is put back before decoding::

    base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))

Catching the error would refuse valid tokens; any text that is not base64 still fails
after the padding is restored, so nothing broken gets through.

Backing, all required: the error is "Incorrect padding"; the crash line decodes one plain
name or attribute with ``b64decode``, ``urlsafe_b64decode`` or ``standard_b64decode``;
and the module strips ``=`` from the output of a ``b64encode`` of the same alphabet
(``urlsafe_b64encode(...).decode().rstrip("=")`` for ``urlsafe_b64decode``), or the
documentation around says the padding is left off. A sentence about the padding that
refuses or restricts it ("a payload without its padding was cut and is refused", "always
carries its padding") backs nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import documentation_on_stack, sentences

__all__ = ["Base64PaddingRestored"]

_DECODERS = ("b64decode", "urlsafe_b64decode", "standard_b64decode")
_PADDING = re.compile(r"\bpadd(?:ing|ed)\b", re.I)
# Said of the padding, these make a token without it an error, not a shorter form.
_PADDING_REFUSED = re.compile(r"\b(?:refus\w*|reject\w*|truncat\w*|always|invalid|errors?|"
                              r"damaged|corrupt\w*|must)\b", re.I)
_LEFT_OFF = re.compile(r"\bpadding\b[^.]*\b(?:left off|dropped|stripped|removed|omitted|"
                       r"without)\b|\bwithout\b[^.]*\bpadding\b", re.I)


def _encoders(node: ast.AST) -> set[str]:
    found = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else \
                call.func.id if isinstance(call.func, ast.Name) else ""
            if name.endswith("b64encode"):
                found.add(name)
    return found


def _strips_padding(tree: ast.Module) -> set[str]:
    """The encoders whose output the module strips ``=`` from (``urlsafe_b64encode(...)
    .decode().rstrip("=")``): only padding taken off base64 counts."""
    found: set[str] = set()
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        args = [a.value for a in call.args if isinstance(a, ast.Constant)]
        if call.func.attr in ("rstrip", "strip", "replace") and args[:1] in (["="], [b"="]):
            found |= _encoders(call.func.value)
    return found


class Base64PaddingRestored:
    name = "base64-padding-restored"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None \
                or "Incorrect padding" not in analysis.message:
            return
        calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Attribute | ast.Name)
                 and (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id)
                 in _DECODERS and len(n.args) == 1
                 and isinstance(n.args[0], ast.Name | ast.Attribute)]
        if len(calls) != 1:
            return
        texts = documentation_on_stack(site, crash, tree, crash.lineno)
        said = any(_LEFT_OFF.search(text) for _, text in texts)
        func = calls[0].func
        decoder = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else ""
        stripped = _strips_padding(tree)
        # The alphabet must agree: urlsafe output read by the standard decoder drops "-_".
        pair = (decoder == "urlsafe_b64decode") == ("urlsafe_b64encode" in stripped)
        if not ((said and not stripped) or (stripped and pair)) \
                or any(_PADDING.search(t) and _PADDING_REFUSED.search(t)
                       for _, text in texts for t in sentences(text)):
            return  # "a payload without its padding was cut": missing padding is an error
        encoded = calls[0].args[0]
        written = ast.get_source_segment(crash.source, encoded) or ast.unparse(encoded)
        root = encoded
        while isinstance(root, ast.Attribute):
            root = root.value
        captured = analysis.values.get(root.id, "") if isinstance(root, ast.Name) else ""
        pad = 'b"="' if captured.startswith(("b'", 'b"')) else '"="'
        yield Candidate(
            strategy=self.name,
            description=f"The `=` padding left off `{written}` is put back before it is "
                        "decoded.",
            edits={crash.path: replace_node(crash.source, encoded,
                                            f"{written} + {pad} * (-len({written}) % 4)")},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract="the module leaves the base64 padding off, so the decoder gets it back",
        )
