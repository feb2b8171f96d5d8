"""A blank form field converted to a number, where a constant's comment says what a blank
field means."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.blank_field_constants import BlankFieldDocumentedConstant
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

CAKES = '''
    #: Each tier stacked above the bottom one, in pounds.
    EXTRA_TIER = 28

    #: What a blank "tiers" box on the order form means: most cakes are single-tier.
    DEFAULT_TIERS = 1
    MAX_TIERS = 4


    def cake_price(tiers: int) -> int:
        return 40 + EXTRA_TIER * (tiers - 1)
'''
ORDERS = '''
    from shop.cakes import MAX_TIERS, cake_price


    def order(form: dict[str, str]) -> dict[str, int]:
        tiers = int(form["tiers"])
        if tiers > MAX_TIERS:
            raise ValueError("too tall")
        return {"tiers": tiers, "price": cake_price(tiers)}


    def layers(form: dict[str, str]) -> int:
        return int(form["layers"])
'''
MESSAGE = "invalid literal for int() with base 10: ''"


def _propose(tmp_path: Path, orders: str = ORDERS, cakes: str = CAKES,
             message: str = MESSAGE) -> list[object]:
    files = {"shop/__init__.py": "", "shop/cakes.py": cakes, "shop/orders.py": orders}
    site, analysis = crash_at(tmp_path, files, "shop/orders.py", 'int(form["tiers"])',
                              "ValueError", message, {"form": "{'tiers': ''}"})
    return list(BlankFieldDocumentedConstant().propose(site, analysis))


def test_a_blank_box_reads_as_the_documented_constant(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(ORDERS).lstrip("\n")
    after = before.replace("from shop.cakes import MAX_TIERS, cake_price",
                           "from shop.cakes import DEFAULT_TIERS, MAX_TIERS, cake_price") \
        .replace('tiers = int(form["tiers"])',
                 'tiers = int(form["tiers"].strip() or DEFAULT_TIERS)')
    assert after.count("DEFAULT_TIERS") == 2
    # The other field's conversion is left alone.
    assert candidate.edits == {"shop/orders.py": after}  # type: ignore[attr-defined]


def test_a_constant_of_the_crashed_module_itself(tmp_path: Path) -> None:
    orders = ORDERS.replace(
        "from shop.cakes import MAX_TIERS, cake_price\n",
        "from shop.cakes import MAX_TIERS, cake_price\n\n"
        "    #: A blank tiers field stands for one tier.\n    ONE_TIER = 1\n")
    cakes = CAKES.replace("#: What a blank \"tiers\" box on the order form means: most cakes are "
                          "single-tier.", "#: The usual number of tiers.")
    [candidate] = _propose(tmp_path, orders, cakes)
    assert 'int(form["tiers"].strip() or ONE_TIER)' in \
        candidate.edits["shop/orders.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # The comment refuses a blank box.
    ("What a blank \"tiers\" box on the order form means: most cakes are single-tier.",
     "A blank \"tiers\" box means the order is rejected."),
    ("What a blank \"tiers\" box on the order form means: most cakes are single-tier.",
     "A blank \"tiers\" box does not mean one tier."),
    # It speaks of another field.
    ("What a blank \"tiers\" box on the order form means: most cakes are single-tier.",
     "What a blank \"layers\" box on the order form means."),
    # It names the field but not a blank one.
    ("What a blank \"tiers\" box on the order form means: most cakes are single-tier.",
     "The \"tiers\" most cakes have."),
    # A value that does not fit int().
    ("DEFAULT_TIERS = 1", "DEFAULT_TIERS = 1.5"),
    ("DEFAULT_TIERS = 1", "DEFAULT_TIERS = 'one'"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    cakes = CAKES.replace(old, new)
    assert cakes != CAKES
    assert _propose(tmp_path, cakes=cakes) == []


def test_two_constants_for_the_one_field_get_nothing(tmp_path: Path) -> None:
    cakes = CAKES + '''
    #: A blank "tiers" box on the wedding form means three tiers.
    WEDDING_TIERS = 3
'''
    assert _propose(tmp_path, cakes=cakes) == []


def test_a_value_that_is_not_blank_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="invalid literal for int() with base 10: 'two'") == []


def test_end_to_end_the_blank_box_orders_one_tier(tmp_path: Path) -> None:
    tests = '''
        from shop.orders import order


        def test_two_tiers() -> None:
            assert order({"tiers": "2"}) == {"tiers": 2, "price": 68}
    '''
    files = {"shop/__init__.py": "", "shop/cakes.py": CAKES, "shop/orders.py": ORDERS,
             "tests/__init__.py": "", "tests/test_orders.py": tests}
    imports = "from shop.orders import order\n"
    data = fix_and_check(tmp_path, files, imports + "order({'tiers': ''})",
                         imports + "assert order({'tiers': ''}) == {'tiers': 1, 'price': 40}\n"
                         "assert order({'tiers': ' '}) == {'tiers': 1, 'price': 40}\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "blank-field-documented-constant"
