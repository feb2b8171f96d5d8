from decimal import Decimal

import pytest

from yarnkit.kits import Yarn, make_kit, skeins_needed
from yarnkit.weights import parse_weight


@pytest.mark.parametrize("text, grams", [("14 oz", 396.9), ("3.5oz", 99.225), ("16 OZ", 453.6)])
def test_ounces_are_converted_to_grams(text: str, grams: float) -> None:
    assert parse_weight(text) == pytest.approx(grams)


def test_grams_still_read_as_grams() -> None:
    assert parse_weight("400 g") == 400.0


def test_skeins_for_an_american_pattern() -> None:
    assert skeins_needed("14 oz", 50) == 8
    assert skeins_needed("14 oz", 100) == 4
    assert skeins_needed("3.5oz", 50) == 2


def test_kit_for_an_american_pattern() -> None:
    kit = make_kit("Cabin Cardigan", "14 oz", Yarn("Merino DK", 50, Decimal("6.50")), imperial=True)
    assert (kit.skeins, kit.price, kit.label) == (8, Decimal("52.00"), "8 x 1.8 oz Merino DK")
