from layered.merge import overlay, resolve

DEFAULTS = {"debug": False, "db": {"host": "localhost", "port": 5432}, "sentry": {"rate": 1.0}}


def test_nested_merge() -> None:
    assert overlay(DEFAULTS, {"db": {"host": "db.internal"}}) == {
        "debug": False,
        "db": {"host": "db.internal", "port": 5432},
        "sentry": {"rate": 1.0},
    }


def test_layers_in_order() -> None:
    assert resolve(DEFAULTS, {"debug": True}, {"db": {"port": 6432}})["db"] == {
        "host": "localhost",
        "port": 6432,
    }
    assert resolve(DEFAULTS, {"debug": True})["debug"] is True


def test_base_untouched() -> None:
    overlay(DEFAULTS, {"db": {"host": "x"}})
    assert DEFAULTS["db"] == {"host": "localhost", "port": 5432}
