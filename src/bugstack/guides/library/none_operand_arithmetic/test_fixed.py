# mypy: disable-error-code="import-not-found"
from fixed import item_count


def test_quantities_are_added_up() -> None:
    assert item_count([{"sku": 1, "quantity": 2}, {"sku": 2, "quantity": 3}]) == 5


def test_a_line_without_quantity_adds_nothing() -> None:
    assert item_count([{"sku": 1, "quantity": 2}, {"sku": 2}]) == 2
