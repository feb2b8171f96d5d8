# mypy: disable-error-code="import-not-found"
from fixed import summary


def test_summary_names_the_number_of_items() -> None:
    assert summary(["book", "pen"]) == "Items in order: 2"


def test_summary_of_an_empty_order() -> None:
    assert summary([]) == "Items in order: 0"
