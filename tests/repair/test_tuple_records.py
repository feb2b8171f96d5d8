"""Named tuples captured as JSON lists are given back their type for a replayed call."""

from __future__ import annotations

from bugstack.repair.reproduce.tuple_records import named_tuples, rebuilt_records

MODULE = '''
from collections import namedtuple
from typing import NamedTuple


class Reading(NamedTuple):
    at: str
    value: float
    unit: str = "C"


Point = namedtuple("Point", "x y")
Pair = namedtuple("Pair", ["left", "right"])


class Plain:
    at: str
'''


def test_named_tuples_are_found_with_their_field_counts() -> None:
    assert named_tuples(MODULE) == {"Reading": 3, "Point": 2, "Pair": 2}
    assert named_tuples("def broken(:") == {}


def test_a_list_of_records_is_rebuilt_item_by_item() -> None:
    records = named_tuples(MODULE)
    captured = [["'a'", "1.0", "'C'"], ["'b'", "2.0", "'F'"]]
    assert rebuilt_records("SRC", captured, "Iterable[Reading]", records) == (
        "[Reading(*_fields) for _fields in SRC]", "Reading")
    assert rebuilt_records("SRC", captured, "Iterator[Reading]", records) == (
        "iter([Reading(*_fields) for _fields in SRC])", "Reading")
    assert rebuilt_records("SRC", ["1", "2"], "Point | None", records) == (
        "Point(*SRC)", "Point")


def test_lists_that_do_not_fit_the_record_are_left_as_they_are() -> None:
    records = named_tuples(MODULE)
    assert rebuilt_records("SRC", [["1", "2"]], "list[Reading]", records) is None
    assert rebuilt_records("SRC", [["1", "2"]], "list[Plain]", records) is None
    assert rebuilt_records("SRC", [["1", "2"]], "dict[str, Point]", records) is None
    assert rebuilt_records("SRC", "'text'", "Point", records) is None
    assert rebuilt_records("SRC", [["1", "2"]], None, records) is None
