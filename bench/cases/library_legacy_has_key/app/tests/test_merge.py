from legacy_config.merge import layered, merge


def test_flat_merge() -> None:
    assert merge({"a": 1, "b": 2}, {"b": 3}) == {"a": 1, "b": 3}


def test_layers() -> None:
    assert layered({"debug": False}, {"port": 80}, {"debug": True}) == {"debug": True, "port": 80}
