"""Monday's reorder report, over a catalogue that now holds a new bubble-wrap roll nobody bought yet."""

from replenish.cover import Item, reorder_report

reorder_report(
    [
        Item("BOX-S", on_hand=20, sold_in_window=280, lead_time_days=3),
        Item("WRAP-100M", on_hand=40, sold_in_window=0, lead_time_days=14),
        Item("TAPE-50", on_hand=140, sold_in_window=56, lead_time_days=5),
    ]
)
