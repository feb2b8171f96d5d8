"""A helper declared ``-> Decimal`` that divides whole numbers is mended where it breaks
its declaration."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.decimal_returns import DecimalHelperDivision
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

TILES = '''
    """Tiling quotes. Money is Decimal throughout, exact to the penny."""

    from decimal import Decimal

    PRICE_PER_M2 = Decimal("31.50")


    def floor_area_m2(length_cm: int, width_cm: int) -> Decimal:
        """The floor's area in square metres."""
        return length_cm * width_cm / 10_000


    def skirting_m(length_cm: int, width_cm: int) -> Decimal:
        return Decimal(2 * (length_cm + width_cm)) / Decimal(100)


    def tiles_price(length_cm: int, width_cm: int) -> Decimal:
        return (PRICE_PER_M2 * floor_area_m2(length_cm, width_cm)).quantize(Decimal("0.01"))
'''
MESSAGE = "unsupported operand type(s) for *: 'decimal.Decimal' and 'float'"


def _propose(tmp_path: Path, source: str = TILES) -> list[object]:
    site, analysis = crash_at(tmp_path, {"shop/tiles.py": source}, "shop/tiles.py",
                              "return (PRICE_PER_M2", "TypeError", MESSAGE,
                              {"length_cm": "345", "width_cm": "210"})
    return list(DecimalHelperDivision().propose(site, analysis))


def test_the_helper_divides_a_decimal(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(TILES).lstrip("\n")
    after = before.replace("return length_cm * width_cm / 10_000",
                           "return Decimal(length_cm * width_cm) / 10_000")
    assert after != before
    assert candidate.edits == {"shop/tiles.py": after}  # type: ignore[attr-defined]
    # The app's own words come with the annotation: its docstring and its sibling.
    assert "Money is Decimal" in candidate.contract  # type: ignore[attr-defined]
    assert "skirting_m" in candidate.contract  # type: ignore[attr-defined]


def test_the_module_s_own_spelling_of_decimal_is_used(tmp_path: Path) -> None:
    source = TILES.replace("Decimal(", "D(").replace("-> Decimal", "-> D").replace(
        "from decimal import Decimal", "from decimal import Decimal as D")
    [candidate] = _propose(tmp_path, source)
    assert "return D(length_cm * width_cm) / 10_000" in \
        candidate.edits["shop/tiles.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # Declared a float: the float is what it promises.
    ("def floor_area_m2(length_cm: int, width_cm: int) -> Decimal:",
     "def floor_area_m2(length_cm: int, width_cm: int) -> float:"),
    # A float parameter: a Decimal made of it carries its binary error.
    ("def floor_area_m2(length_cm: int, width_cm: int)",
     "def floor_area_m2(length_cm: float, width_cm: int)"),
    # Not a division.
    ("return length_cm * width_cm / 10_000", "return length_cm * width_cm * 0.0001"),
    # Another caller takes the helper's answer as a float.
    ("    return Decimal(2 * (length_cm", "    waste = floor_area_m2(length_cm, width_cm) * 1.1\n"
     "    return Decimal(2 * (length_cm"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = TILES.replace(old, new)
    assert source != TILES
    assert _propose(tmp_path, source) == []


def test_end_to_end_the_quote_is_exact(tmp_path: Path) -> None:
    tests = '''
        from decimal import Decimal

        from shop.tiles import skirting_m


        def test_skirting() -> None:
            assert skirting_m(300, 200) == Decimal("10")
    '''
    imports = "from shop.tiles import tiles_price\nfrom decimal import Decimal\n"
    call = "tiles_price(345, 210)"
    data = fix_and_check(tmp_path, app_files("shop", "tiles", TILES, tests), imports + call,
                         imports + f"assert {call} == Decimal('228.22'), {call}\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "decimal-helper-division"
