"""Encode text before hashing: ``hashlib.sha256(text)`` -> ``hashlib.sha256(text.encode())``.

Applies to ``hashlib.<algorithm>(x)`` and ``hashlib.new(name, x)`` on the crashing line,
for arguments that are not already bytes literals or encoded. (``hmac.new`` is left to a
person: its key and message may be bytes held in variables, which the code cannot show.)
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer

_ENCODED = m.Call(func=m.Attribute(attr=m.Name("encode"))) | m.Call(func=m.Name("bytes"))


def _is_bytes(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.SimpleString):
        return node.prefix.lower().startswith("b") or "b" in node.prefix.lower()
    return m.matches(node, _ENCODED)


def _encode(node: cst.BaseExpression) -> cst.BaseExpression:
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        if isinstance(value, str) and value.isascii():
            return cst.SimpleString("b" + node.value)  # a literal can simply be bytes
    return cst.Call(func=cst.Attribute(value=node, attr=cst.Name("encode")))


class _EncodeText(LineScoped):
    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or not self.covers(original):
            return updated
        name = dotted_name(updated.func)
        if name is None:
            return updated
        positions: tuple[int, ...]
        if name in ("hashlib.new",):
            positions = (1,)
        elif name.startswith("hashlib.") and name.count(".") == 1:
            positions = (0,)
        else:
            return updated
        args = list(updated.args)
        for index in positions:
            if (
                index < len(args)
                and args[index].keyword is None
                and not args[index].star
                and not _is_bytes(args[index].value)
            ):
                args[index] = args[index].with_changes(value=_encode(args[index].value))
                self.changed = True
        return updated.with_changes(args=args)


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _EncodeText(line))
