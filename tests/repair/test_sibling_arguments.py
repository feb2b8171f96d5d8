"""A call missing a new required argument passes it as the sibling calls do, read from the
crashing function's parameter of the same type; nothing when no sibling, or disagreeing
siblings, or a sibling passing a constant back it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.sibling_arguments import SiblingArgument
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

MONEY = '''
    from decimal import Decimal

    DEFAULT_CURRENCY = "USD"


    def format_price(amount: Decimal, currency: str) -> str:
        return f"{currency} {amount:.2f}"
'''

SHOP = '''
    from dataclasses import dataclass
    from decimal import Decimal

    from shop.money import format_price


    @dataclass
    class Cart:
        currency: str
        total: Decimal


    def drawer(cart: Cart) -> str:
        return format_price(cart.total, cart.currency)


    def summary(cart: Cart) -> dict[str, str]:
        return {"total": format_price(cart.total)}


    def receipt(cart: Cart) -> str:
        return "Paid " + format_price(cart.total, cart.currency)
'''

MESSAGE = "format_price() missing 1 required positional argument: 'currency'"


def _propose(tmp_path: Path, shop: str = SHOP,
             needle: str = '{"total": format_price(cart.total)}',
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/money.py": MONEY,
                                         "shop/views.py": shop,
                                         "tests/test_money.py": 'format_price(1, "EUR")\n'},
                              "shop/views.py", needle, "TypeError", message)
    return list(SiblingArgument().propose(site, analysis))


def test_the_missing_argument_is_read_as_the_siblings_read_it(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    assert found[0].edits["shop/views.py"] == textwrap.dedent(SHOP).lstrip("\n").replace(
        '{"total": format_price(cart.total)}', '{"total": format_price(cart.total, '
        'cart.currency)}')
    assert "shop/views.py:14 passes `cart.currency`" in (found[0].contract or "")


def test_a_keyword_only_parameter_is_passed_by_name(tmp_path: Path) -> None:
    money = MONEY.replace("amount: Decimal, currency: str", "amount: Decimal, *, currency: str")
    shop = SHOP.replace("format_price(cart.total, cart.currency)",
                        "format_price(cart.total, currency=cart.currency)")
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/money.py": money,
                                         "shop/views.py": shop}, "shop/views.py",
                              '{"total": format_price(cart.total)}', "TypeError",
                              "format_price() missing 1 required keyword-only argument: "
                              "'currency'")
    found = list(SiblingArgument().propose(site, analysis))
    assert len(found) == 1
    assert '{"total": format_price(cart.total, currency=cart.currency)}' in found[0].edits[
        "shop/views.py"]


def test_siblings_passing_different_values_back_nothing(tmp_path: Path) -> None:
    shop = SHOP.replace('"Paid " + format_price(cart.total, cart.currency)',
                        '"Paid " + format_price(cart.total, cart.settlement_currency)')
    assert _propose(tmp_path, shop) == []


def test_a_sibling_passing_a_constant_backs_nothing(tmp_path: Path) -> None:
    shop = SHOP.replace("format_price(cart.total, cart.currency)",
                        'format_price(cart.total, "USD")')
    assert _propose(tmp_path, shop) == []


def test_no_parameter_of_the_siblings_type_here_backs_nothing(tmp_path: Path) -> None:
    shop = SHOP.replace("def summary(cart: Cart)", "def summary(cart: dict)")
    assert _propose(tmp_path, shop) == []


def test_no_sibling_passing_it_backs_nothing(tmp_path: Path) -> None:
    shop = SHOP.replace("format_price(cart.total, cart.currency)", "str(cart.total)")
    assert _propose(tmp_path, shop) == []


APP = '''
    from dataclasses import dataclass


    @dataclass
    class Trip:
        distance: float
        unit: str


    def label(value: float, unit: str) -> str:
        return f"{value:.1f} {unit}"


    def card(trip: Trip) -> str:
        return label(trip.distance, trip.unit)


    def tooltip(trip: Trip) -> str:
        return "Distance: " + label(trip.distance)
'''

TESTS = '''
    from rides.trips import Trip, card


    def test_card() -> None:
        assert card(Trip(3.0, "mi")) == "3.0 mi"
'''


def test_a_caller_left_behind_passes_the_unit_end_to_end(tmp_path: Path) -> None:
    check = ('from rides.trips import Trip, tooltip\n'
             'assert tooltip(Trip(12.0, "mi")) == "Distance: 12.0 mi"\n'
             'assert tooltip(Trip(5.0, "km")) == "Distance: 5.0 km"')
    data = fix_and_check(tmp_path, {"rides/__init__.py": "", "rides/trips.py": APP,
                                    "tests/test_trips.py": TESTS},
                         'from rides.trips import Trip, tooltip\ntooltip(Trip(12.0, "mi"))',
                         check)
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert data["strategy"] == "sibling-argument"
    assert 'label(trip.distance, trip.unit)' in data["patch"]


def test_a_value_of_the_same_type_in_another_role_is_unbacked(tmp_path: Path) -> None:
    # The siblings read the currency of the cart they show; `summary` was given one under
    # another name, and the type alone does not make it the same cart.
    shop = SHOP.replace("def summary(cart: Cart) -> dict[str, str]:\n"
                        '        return {"total": format_price(cart.total)}',
                        "def summary(basket: Cart) -> dict[str, str]:\n"
                        '        return {"total": format_price(basket.total)}')
    [found] = _propose(tmp_path / "a", shop, '{"total": format_price(basket.total)}')
    assert found.contract is None and "`basket`" in found.description
    for n, said in enumerate(["Shown in `quote.currency`, the carrier's own.",
                              "Always in HOUSE_CURRENCY."]):
        head = "def summary(cart: Cart) -> dict[str, str]:\n"
        documented = SHOP.replace(head, f'{head}        """{said}"""\n') + \
            '\n    HOUSE_CURRENCY = "EUR"\n'  # named, never read by `summary`
        [found] = _propose(tmp_path / str(n), documented)
        assert found.contract is None, said
