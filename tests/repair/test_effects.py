"""The work a function still does after a line: what an early return would leave undone."""

from __future__ import annotations

import ast
import textwrap

from bugstack.repair.candidates.effects import effect_in


def _effect(body: str) -> str | None:
    source = "def handle(order, message, items):\n" + textwrap.indent(
        textwrap.dedent(body).strip("\n"), "    ") + "\n"
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    return effect_in(function)


def test_writes_to_stores_and_arguments_are_work() -> None:
    assert _effect('BOARD[order] = message\nreturn {"ok": True}') == "BOARD[order]"
    assert _effect('order.status = "shipped"\nreturn {}') == "order.status"
    assert _effect("store = STORES[message]\nstore.save(order)\nreturn {}") == \
        "store.save(order)"
    assert _effect("receipt = GATEWAY.transmit(order)\nreturn {'id': receipt}") == \
        "GATEWAY.transmit(order)"
    assert _effect("cleaned = tidy(message)\nreturn {'m': cleaned}") == "tidy(message)"


def test_reading_and_building_the_functions_own_values_is_not() -> None:
    assert _effect("""
        names = []
        for item in items:
            names.append(item.strip().upper())
        totals = {}
        totals["n"] = len(names)
        print(totals)
        return BOARD.as_dict(names)
    """) is None
