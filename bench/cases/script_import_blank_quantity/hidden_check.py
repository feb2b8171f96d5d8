from orders_import.cli import units_by_sku


def test_blank_quantity_counts_as_default() -> None:
    rows = [
        {"order_id": "1", "sku": "B", "quantity": "4"},
        {"order_id": "2", "sku": "A", "quantity": ""},
        {"order_id": "3", "sku": "A", "quantity": "2"},
    ]
    assert units_by_sku(rows) == {"A": 3, "B": 4}


def test_malformed_quantity_still_rejected() -> None:
    import pytest

    with pytest.raises(ValueError):
        units_by_sku([{"order_id": "1", "sku": "A", "quantity": "two"}])
