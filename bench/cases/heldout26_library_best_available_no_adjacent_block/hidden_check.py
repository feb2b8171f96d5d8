import pytest

from seatpick.checkout import reserve
from seatpick.picker import SoldOut, best_available


def circle() -> dict[str, list[int]]:
    return {"A": [4, 5], "B": [1, 12, 13], "C": [6], "D": [2, 3, 9]}


def test_no_row_with_room_is_sold_out_side_by_side() -> None:
    with pytest.raises(SoldOut):
        best_available(circle(), 4)
    with pytest.raises(SoldOut):
        best_available({}, 1)


def test_party_is_split_when_they_accept_it() -> None:
    assert reserve(circle(), 4) == ["A4", "A5", "B1", "B12"]


def test_party_that_wants_to_sit_together_is_refused() -> None:
    with pytest.raises(SoldOut):
        reserve(circle(), 4, allow_split=False)


def test_party_too_big_for_the_section() -> None:
    with pytest.raises(SoldOut):
        reserve(circle(), 10)


def test_a_row_with_room_still_wins() -> None:
    assert reserve(circle(), 2) == ["A4", "A5"]
    assert reserve({"A": [4], "B": [1, 12, 13]}, 2) == ["B12", "B13"]
    assert reserve(circle(), 3) == ["A4", "A5", "B1"]
