"""A None given a number's format in an f-string: the line shows the text constant the
documentation names for that case; nothing is proposed when it names none, or one for
another case."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.none_formats import NoneFormattedAsNumber, text_spec
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

MODEL = '''
    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass(frozen=True)
    class Item:
        name: str
        quantity: int
        #: None for made-to-measure pieces, which are priced on request after a visit.
        unit_price: Decimal | None


    def line_amount(item: Item) -> Decimal | None:
        if item.unit_price is None:
            return None
        return item.unit_price * item.quantity
'''

RENDER = '''
    from shop.model import Item, line_amount

    #: What the price columns say for an item priced on request.
    PRICE_ON_REQUEST = "on request"

    #: Closing line of a quote with a line priced on request.
    NOTE = "Lines priced on request are not in the total."


    def render_line(item: Item) -> str:
        """Name, quantity, unit price, amount; both prices read PRICE_ON_REQUEST for an
        item priced on request."""
        return f"{item.name:<20}{item.quantity:>4}{item.unit_price:>10.2f}{line_amount(item):10.2f}"


    def render_total(total: float) -> str:
        return f"{'Total':<24}{total:>10.2f}"
'''

MESSAGE = "unsupported format string passed to NoneType.__format__"


def _propose(tmp_path: Path, render: str = RENDER, model: str = MODEL) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/model.py": model,
                                         "shop/render.py": render},
                              "shop/render.py", 'return f"{item.name', "TypeError", MESSAGE,
                              {"item": "Item(name='Wardrobe', quantity=1, unit_price=None)"})
    return list(NoneFormattedAsNumber().propose(site, analysis))


def test_text_specs_keep_width_and_alignment() -> None:
    assert text_spec(">12.2f") == ">12"
    assert text_spec("12.2f") == ">12"  # a number's default alignment is kept
    assert text_spec("*^10,.0f") == "*^10"
    assert text_spec(".2f") == ""


def test_the_documented_constant_fills_every_column_none_in_that_case(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["shop/render.py"]
    expected = textwrap.dedent(RENDER).lstrip("\n").replace(
        '    return f"{item.name:<20}',
        '    if item.unit_price is None:\n'
        '        return f"{item.name:<20}{item.quantity:>4}{PRICE_ON_REQUEST:>10}'
        '{PRICE_ON_REQUEST:>10}"\n'
        '    return f"{item.name:<20}', 1)
    assert after == expected
    assert "return f\"{'Total':<24}{total:>10.2f}\"" in after  # another function, untouched
    assert found[0].contract is not None and "PRICE_ON_REQUEST" in found[0].contract


def test_a_constant_for_another_case_backs_nothing(tmp_path: Path) -> None:
    other = RENDER.replace("both prices read PRICE_ON_REQUEST for an\n        item priced on "
                           "request.", "both prices read PRICE_ON_REQUEST for an\n        item "
                           "that was discontinued.").replace(
        "for an item priced on request.", "for a discontinued item.").replace(
        "with a line priced on request", "with a discontinued line")
    assert _propose(tmp_path, other) == []


def test_a_field_not_documented_as_none_backs_nothing(tmp_path: Path) -> None:
    silent = MODEL.replace("#: None for made-to-measure pieces, which are priced on request "
                           "after a visit.", "#: Per piece.")
    assert _propose(tmp_path, model=silent) == []


def test_a_sentence_that_refuses_backs_nothing(tmp_path: Path) -> None:
    refusing = RENDER.replace("both prices read PRICE_ON_REQUEST for an",
                              "it raises an error, never PRICE_ON_REQUEST, for an").replace(
        "What the price columns say for an item priced on request.", "Unused.").replace(
        "with a line priced on request", "of a quote")
    assert _propose(tmp_path, refusing) == []


TESTS = '''
    from decimal import Decimal

    from shop.model import Item
    from shop.render import render_line


    def test_priced_line() -> None:
        assert render_line(Item("Shelf", 2, Decimal("4.50"))).endswith("      4.50      9.00")
'''


def test_an_item_priced_on_request_reads_so_in_both_columns(tmp_path: Path) -> None:
    trigger = 'from shop.model import Item\nfrom shop.render import render_line\n' \
              'render_line(Item("Wardrobe", 1, None))'
    check = ('from shop.model import Item\nfrom shop.render import render_line\n'
             'assert render_line(Item("Wardrobe", 1, None)) == '
             '"Wardrobe" + " " * 15 + "1" + "on request" * 2')
    data = fix_and_check(tmp_path, {"shop/__init__.py": "", "shop/model.py": MODEL,
                                    "shop/render.py": RENDER, "tests/test_render.py": TESTS},
                         trigger, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "PRICE_ON_REQUEST:>10" in data["patch"]
