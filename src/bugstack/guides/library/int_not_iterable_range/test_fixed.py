# mypy: disable-error-code="import-not-found"
from fixed import numbered


def test_lines_are_numbered_from_one() -> None:
    assert numbered(["Book", "Pen"]) == ["1. Book", "2. Pen"]


def test_no_lines() -> None:
    assert numbered([]) == []
