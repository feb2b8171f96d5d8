from decimal import Decimal

import pytest

from yarnkit.kits import Yarn, make_kit, skeins_needed
from yarnkit.weights import format_weight, parse_weight

MERINO = Yarn("Merino DK", 50, Decimal("6.50"))


@pytest.mark.parametrize("text, grams", [("400g", 400.0), ("400 g", 400.0), ("250 G", 250.0)])
def test_parse_grams(text: str, grams: float) -> None:
    assert parse_weight(text) == grams


def test_part_skein_counts_as_whole() -> None:
    assert skeins_needed("420g", 50) == 9
    assert skeins_needed("400g", 50) == 8


def test_kit() -> None:
    kit = make_kit("Harbour Sweater", "550g", MERINO)
    assert (kit.skeins, kit.price, kit.label) == (11, Decimal("71.50"), "11 x 50 g Merino DK")


def test_labels() -> None:
    assert format_weight(100) == "100 g"
    assert format_weight(50, imperial=True) == "1.8 oz"
