import yaml

from reports.nightly import export


def test_export_lists_each_order_with_its_day_and_skus() -> None:
    text = export([{"id": "A-1", "placed_at": "2026-11-24T18:05:00+00:00", "skus": "MUG,TEA"}])
    assert yaml.safe_load(text) == {
        "orders": [{"order": "A-1", "day": "2026-11-24", "skus": ["MUG", "TEA"]}]
    }


def test_export_of_a_quiet_day_is_an_empty_list() -> None:
    assert yaml.safe_load(export([])) == {"orders": []}
