import json
from pathlib import Path

import pytest
from flagkit import DEFAULTS, FlagStore


@pytest.mark.parametrize("content", ['{"search_v2": false, "new_chec', "", "   \n"])
def test_half_written_or_empty_cache_means_defaults(tmp_path: Path, content: str) -> None:
    cache = tmp_path / "flags.json"
    cache.write_text(content, encoding="utf-8")
    store = FlagStore(cache)
    assert store.flags() == DEFAULTS
    assert store.is_enabled("search_v2")
    assert store.is_enabled("gift_wrapping")
    assert not store.is_enabled("new_checkout")


def test_good_cache_still_read(tmp_path: Path) -> None:
    cache = tmp_path / "flags.json"
    cache.write_text(json.dumps({"gift_wrapping": False}), encoding="utf-8")
    assert FlagStore(cache).flags() == {**DEFAULTS, "gift_wrapping": False}
