import json
from pathlib import Path

from flagkit import DEFAULTS, FlagStore


def test_cache_overrides_defaults(tmp_path: Path) -> None:
    cache = tmp_path / "flags.json"
    cache.write_text(json.dumps({"new_checkout": True, "search_v2": False}), encoding="utf-8")
    store = FlagStore(cache)
    assert store.is_enabled("new_checkout")
    assert not store.is_enabled("search_v2")
    assert store.is_enabled("gift_wrapping")


def test_no_cache_yet(tmp_path: Path) -> None:
    assert FlagStore(tmp_path / "flags.json").flags() == DEFAULTS


def test_unknown_flag_is_off(tmp_path: Path) -> None:
    assert not FlagStore(tmp_path / "flags.json").is_enabled("holiday_banner")
