"""What a project helper does after reading a value, and whom the code hands it to."""

from __future__ import annotations

import ast
import textwrap

import pytest

from bugstack.repair.candidates.helper_results import consumers_of, shaping


def _function(source: str) -> ast.FunctionDef:
    node = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


@pytest.mark.parametrize("body", [
    "return Decimal(text.strip().replace(',', '.'))",
    "value = Decimal(text)\n    return value",
    "return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)",
    "return datetime.fromtimestamp(ms / 1000).astimezone(timezone.utc)",
    "moment = datetime.fromtimestamp(ms / 1000)\n    return moment.replace(tzinfo=timezone.utc)",
])
def test_a_helper_that_only_reads_shapes_nothing(body: str) -> None:
    helper = _function(f"def read(text):\n    {body}\n")
    assert shaping(helper, ("Decimal", "fromtimestamp")) is None


@pytest.mark.parametrize(("body", "shown"), [
    ("return Decimal(text).quantize(CENT)", "`Decimal(text).quantize(CENT)`"),
    ("return Decimal(text) * 1000", "`Decimal(text) * 1000`"),
    ("value = Decimal(text)\n    return value.quantize(CENT)", "`value.quantize(CENT)`"),
    ("moment = datetime.fromtimestamp(ms / 1000)\n    return moment.replace(hour=0)",
     "`moment.replace(hour=0)`"),
    ("return round(Decimal(text), 2)", "`round(Decimal(text), 2)`"),
])
def test_a_helper_that_rounds_or_scales_says_how(body: str, shown: str) -> None:
    helper = _function(f"def read(text):\n    {body}\n")
    assert shaping(helper, ("Decimal", "fromtimestamp")) == shown


def test_consumers_are_the_projects_functions_the_value_is_handed_to() -> None:
    function = _function('''
        def view(form):
            amount = Decimal(form["amount"])
            log.info(str(amount))
            return {"amount": format_amount(amount * VAT), "seen": str(amount)}
        ''')
    call = next(n for n in ast.walk(function)
                if isinstance(n, ast.Call) and ast.unparse(n.func) == "Decimal")
    # `str` is everybody's; `log.info` takes `str(amount)`, not the value.
    assert consumers_of(function, call) == {"format_amount"}


def test_a_value_handed_to_nothing_has_no_consumers() -> None:
    function = _function('def view(form):\n    return {"rate": Decimal(form["rate"])}\n')
    call = next(n for n in ast.walk(function) if isinstance(n, ast.Call))
    assert consumers_of(function, call) == frozenset()
