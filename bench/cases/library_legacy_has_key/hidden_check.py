from legacy_config.merge import layered, merge


def test_nested_sections_merge() -> None:
    assert layered({"db": {"host": "localhost", "port": 5432}}, {"db": {"host": "db.internal"}}) == {
        "db": {"host": "db.internal", "port": 5432}
    }


def test_nested_dict_replaces_scalar() -> None:
    assert merge({"db": "sqlite"}, {"db": {"host": "x"}}) == {"db": {"host": "x"}}
