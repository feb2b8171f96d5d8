from replenish.cover import Item, days_of_cover, needs_reorder, reorder_report, suggested_quantity


def test_days_of_cover() -> None:
    assert days_of_cover(Item("TAPE-50", on_hand=140, sold_in_window=56, lead_time_days=5)) == 70


def test_needs_reorder() -> None:
    assert needs_reorder(Item("BOX-S", on_hand=20, sold_in_window=280, lead_time_days=3))
    assert not needs_reorder(Item("TAPE-50", on_hand=140, sold_in_window=56, lead_time_days=5))


def test_suggested_quantity() -> None:
    # 10 a day, for 3 + 7 + 28 days, minus the 20 on hand.
    assert suggested_quantity(Item("BOX-S", on_hand=20, sold_in_window=280, lead_time_days=3)) == 360


def test_report_shortest_cover_first() -> None:
    items = [
        Item("BOX-S", on_hand=20, sold_in_window=280, lead_time_days=3),
        Item("TAPE-50", on_hand=140, sold_in_window=56, lead_time_days=5),
        Item("BOX-L", on_hand=5, sold_in_window=140, lead_time_days=10),
    ]
    assert reorder_report(items) == [
        {"sku": "BOX-L", "cover_days": 1.0, "order": 220},
        {"sku": "BOX-S", "cover_days": 2.0, "order": 360},
    ]
