import pytest

from seatpick.checkout import reserve, take
from seatpick.picker import SoldOut, adjacent_runs, best_available, split_seating


def stalls() -> dict[str, list[int]]:
    return {"A": [1, 2, 5, 6, 7], "B": [1, 2, 3, 4, 5, 6], "C": [8, 9]}


def test_adjacent_runs() -> None:
    assert adjacent_runs([8, 1, 2, 3, 7]) == [[1, 2, 3], [7, 8]]
    assert adjacent_runs([]) == []


def test_frontmost_row_with_room() -> None:
    assert best_available(stalls(), 2) == ["A1", "A2"]
    assert best_available(stalls(), 3) == ["A5", "A6", "A7"]
    assert best_available(stalls(), 5) == ["B1", "B2", "B3", "B4", "B5"]


def test_split_seating() -> None:
    assert split_seating(stalls(), 4) == ["A1", "A2", "A5", "A6"]
    with pytest.raises(SoldOut):
        split_seating({"A": [1]}, 2)


def test_reserve_and_take() -> None:
    section = stalls()
    seats = reserve(section, 4)
    assert seats == ["B1", "B2", "B3", "B4"]
    take(section, seats)
    assert section["B"] == [5, 6]


def test_party_of_none() -> None:
    with pytest.raises(ValueError):
        reserve(stalls(), 0)
