import math

from replenish.cover import Item, days_of_cover, needs_reorder, reorder_report

NEW_ROLL = Item("WRAP-100M", on_hand=40, sold_in_window=0, lead_time_days=14)


def test_item_without_sales_has_unlimited_cover() -> None:
    assert days_of_cover(NEW_ROLL) == math.inf
    assert not needs_reorder(NEW_ROLL)


def test_report_leaves_out_items_without_sales() -> None:
    items = [
        Item("BOX-S", on_hand=20, sold_in_window=280, lead_time_days=3),
        NEW_ROLL,
        Item("TAPE-50", on_hand=140, sold_in_window=56, lead_time_days=5),
        Item("LABEL-A6", on_hand=900, sold_in_window=0, lead_time_days=30),
    ]
    assert reorder_report(items) == [{"sku": "BOX-S", "cover_days": 2.0, "order": 360}]


def test_cover_of_selling_items_unchanged() -> None:
    assert days_of_cover(Item("TAPE-50", on_hand=140, sold_in_window=56, lead_time_days=5)) == 70
