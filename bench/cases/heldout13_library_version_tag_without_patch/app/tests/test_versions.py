from relcheck.versions import is_newer, latest, parse


def test_parse() -> None:
    assert parse("1.4.2") == (1, 4, 2)
    assert parse(" v10.0.3\n") == (10, 0, 3)


def test_is_newer_compares_numbers_not_text() -> None:
    assert is_newer("1.10.0", "1.9.7")
    assert not is_newer("v1.9.7", "1.10.0")


def test_latest() -> None:
    assert latest(["v1.2.0", "v1.10.1", "v1.9.9"]) == "v1.10.1"
    assert latest([]) is None
