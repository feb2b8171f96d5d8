"""What a project helper does after reading a value, and whom the code hands it to."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Sequence

import pytest

from bugstack.repair.candidates.helper_results import consumers_of, kind_of, shaping


def _function(source: str) -> ast.FunctionDef:
    node = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


@pytest.mark.parametrize("body", [
    "return Decimal(text.strip().replace(',', '.'))",
    "return Decimal(text.rstrip().lstrip().replace('\\u00a0', '').replace('_', ''))",
    "return Decimal(text.replace(\"'\", '').replace(' ', ''))",
    "value = Decimal(text)\n    return value",
    "cleaned = text.strip()\n    return Decimal(cleaned)",
    "return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)",
    "return datetime.fromtimestamp(ms / 1000).astimezone(timezone.utc)",
    "moment = datetime.fromtimestamp(ms / 1000)\n    return moment.replace(tzinfo=timezone.utc)",
])
def test_a_helper_that_only_reads_shapes_nothing(body: str) -> None:
    parameter = "ms" if "ms /" in body else "text"  # the helper's one parameter
    helper = _function(f"def read({parameter}):\n    {body}\n")
    assert shaping(helper, ("Decimal", "fromtimestamp")) is None


@pytest.mark.parametrize(("body", "shown"), [
    ("return Decimal(text).quantize(CENT)", "`Decimal(text).quantize(CENT)`"),
    ("return Decimal(text) * 1000", "`Decimal(text) * 1000`"),
    ("value = Decimal(text)\n    return value.quantize(CENT)", "`value.quantize(CENT)`"),
    ("moment = datetime.fromtimestamp(text / 1000)\n    return moment.replace(hour=0)",
     "`moment.replace(hour=0)`"),
    ("return round(Decimal(text), 2)", "`round(Decimal(text), 2)`"),
])
def test_a_helper_that_rounds_or_scales_says_how(body: str, shown: str) -> None:
    helper = _function(f"def read(text):\n    {body}\n")
    assert shaping(helper, ("Decimal", "fromtimestamp")) == shown


@pytest.mark.parametrize(("body", "shown"), [
    # The sign of "-2,5" is dropped before the reading sees it.
    ("return Decimal(text.strip().lstrip('-').replace(',', '.'))",
     "`text.strip().lstrip('-').replace(',', '.')`"),
    ("return Decimal(text.strip('0'))", "`text.strip('0')`"),
    ("return Decimal(text[1:])", "`text[1:]`"),
    ("return Decimal(abs(text))", "`abs(text)`"),
    ("return Decimal(text.replace('-', ''))", "`text.replace('-', '')`"),
    ("return Decimal(text.replace(',', '.', 1))", "`text.replace(',', '.', 1)`"),
    ("return Decimal(text / 100)", "`text / 100`"),
    ("cleaned = text.lstrip('-')\n    return Decimal(cleaned)", "`cleaned`"),
    ("return datetime.fromtimestamp(text // 1000)", "`text // 1000`"),
    ("return datetime.fromtimestamp(text / 1000 + 3600)", "`text / 1000 + 3600`"),
    ("return datetime.fromtimestamp(other / 1000)", "`other / 1000`"),
])
def test_a_helper_that_changes_its_input_before_reading_shapes_it(body: str,
                                                                   shown: str) -> None:
    helper = _function(f"def read(text, other=0):\n    {body}\n")
    assert shaping(helper, ("Decimal", "fromtimestamp")) == shown


MONEY = '''
    def format_amount(value: Decimal) -> str:
        return f"{value:.2f}"


    def store(key, value):
        SETTINGS[key] = value


    def keep(key: str, value: Decimal) -> None:
        SETTINGS[key] = value
        HISTORY.append(value)


    def describe(value: object) -> str:
        return f"{value}"


    def ledger(note: str, *, amount: decimal.Decimal) -> str:
        return note + str(amount)
'''


def _definitions(source: str = MONEY) -> dict[str, list[ast.FunctionDef]]:
    found: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.parse(textwrap.dedent(source)).body:
        if isinstance(node, ast.FunctionDef):
            found.setdefault(node.name, []).append(node)
    return found


def _consumers(source: str, kind: str | None = "Decimal") -> frozenset[str]:
    function = _function(source)
    call = next(n for n in ast.walk(function)
                if isinstance(n, ast.Call) and ast.unparse(n.func) == "Decimal")
    table = _definitions()

    def lookup(name: str) -> Sequence[ast.FunctionDef]:
        return table.get(name, [])

    return consumers_of(function, call, kind, lookup)


def test_consumers_are_the_projects_functions_the_value_is_handed_to() -> None:
    # `str` is everybody's; `log.info` takes `str(amount)`, not the value.
    assert _consumers('''
        def view(form):
            amount = Decimal(form["amount"])
            log.info(str(amount))
            return {"amount": format_amount(amount + FEE), "seen": str(amount)}
        ''') == {"format_amount"}


@pytest.mark.parametrize("given", ["amount", "-amount", "FEE - amount", "amount if ok else 0"])
def test_a_sum_difference_or_negation_keeps_the_values_kind(given: str) -> None:
    assert _consumers(f'''
        def view(form):
            amount = Decimal(form["amount"])
            return format_amount({given})
        ''') == {"format_amount"}


@pytest.mark.parametrize("given", ["price * amount", "amount / 3", "amount // 3",
                                   "amount % 3", "amount ** 2", "[amount]"])
def test_a_product_or_quotient_is_another_kind(given: str) -> None:
    # A rate multiplied into an amount: the product is an amount, the rate is not.
    assert _consumers(f'''
        def view(form):
            amount = Decimal(form["amount"])
            return format_amount({given})
        ''') == frozenset()


@pytest.mark.parametrize("call", ['store("rate", amount)', 'keep("rate", amount)',
                                  "describe(amount)", "unknown(amount)"])
def test_a_generic_sink_is_no_consumer(call: str) -> None:
    # Untyped, `object`, stored away whatever its annotation, or not the project's.
    assert _consumers(f'''
        def view(form):
            amount = Decimal(form["amount"])
            {call}
        ''') == frozenset()


def test_a_keyword_reaches_the_parameter_of_its_name() -> None:
    assert _consumers('''
        def view(form):
            return ledger("fee", amount=Decimal(form["amount"]))
        ''') == {"ledger"}
    assert _consumers('''
        def view(form):
            return ledger(Decimal(form["amount"]), amount=ZERO)
        ''') == frozenset()


def test_a_helper_without_a_return_type_has_no_consumer() -> None:
    assert _consumers('def view(form):\n    return format_amount(Decimal(form["a"]))\n',
                      kind=None) == frozenset()
    assert _consumers('def view(form):\n    return format_amount(Decimal(form["a"]))\n',
                      kind="datetime") == frozenset()


def test_a_value_handed_to_nothing_has_no_consumers() -> None:
    assert _consumers('def view(form):\n    return {"rate": Decimal(form["rate"])}\n') \
        == frozenset()


@pytest.mark.parametrize(("annotation", "kind"), [
    ("Decimal", "Decimal"), ("decimal.Decimal", "Decimal"), ("'Decimal'", "Decimal"),
    ("Any", None), ("object", None), ("typing.Any", None), ("None", None),
])
def test_the_kind_an_annotation_names(annotation: str, kind: str | None) -> None:
    assert kind_of(ast.parse(annotation, mode="eval").body) == kind
