from layered.merge import overlay, resolve

DEFAULTS = {"debug": False, "db": {"host": "localhost", "port": 5432}, "sentry": {"rate": 1.0}}


def test_null_section_is_removed() -> None:
    assert overlay(DEFAULTS, {"sentry": None}) == {
        "debug": False,
        "db": {"host": "localhost", "port": 5432},
    }


def test_null_plain_value_is_removed() -> None:
    assert overlay(DEFAULTS, {"debug": None, "db": {"port": None}}) == {
        "db": {"host": "localhost"},
        "sentry": {"rate": 1.0},
    }


def test_null_for_a_missing_key_is_no_key() -> None:
    assert overlay({"a": 1}, {"b": None}) == {"a": 1}


def test_later_layer_can_enable_again() -> None:
    assert resolve(DEFAULTS, {"sentry": None}, {"sentry": {"rate": 0.1}})["sentry"] == {"rate": 0.1}
    assert DEFAULTS["sentry"] == {"rate": 1.0}
