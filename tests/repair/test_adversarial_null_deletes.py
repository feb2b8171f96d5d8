"""null_deletes under review: a None that the docstring says does not delete the key is
kept as an explicit null."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

OVERLAY = '''
    def overlay(base: dict, override: dict) -> dict:
        """``override`` laid over a copy of ``base``, section by section.

        A None in override does not delete the key: it is kept as an explicit null,
        which the loader reads as a disabled section.
        """
        merged = dict(base)
        for key, value in override.items():
            if isinstance(base.get(key), dict):
                merged[key] = overlay(base[key], value)
            else:
                merged[key] = value
        return merged
'''

TESTS = '''
    from conf.overlay import overlay


    def test_overlay():
        assert overlay({"a": {"x": 1, "y": 2}}, {"a": {"x": 3}}) == {"a": {"x": 3, "y": 2}}
'''


def test_a_none_that_does_not_delete_is_kept(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"conf/__init__.py": "", "conf/overlay.py": OVERLAY,
                   "tests/__init__.py": "", "tests/test_overlay.py": TESTS},
        'from conf.overlay import overlay\n'
        'overlay({"sentry": {"dsn": "x"}}, {"sentry": None})',
        'from conf.overlay import overlay\n'
        'try:\n    merged = overlay({"sentry": {"dsn": "x"}}, {"sentry": None})\n'
        'except AttributeError:\n    pass\n'
        'else:\n    assert merged == {"sentry": None}, merged\n')
    assert data is not None and ".pop(" not in (data.get("patch") or "")


# null_deletes under review: a None that "used to delete the key", or that removes the
# key's children, is no deletion of the key.

OVERLAY_2 = '''
    def overlay(base: dict, override: dict) -> dict:
        """``override`` laid over a copy of ``base``, section by section.

        SENTENCE
        """
        merged = dict(base)
        for key, value in override.items():
            if isinstance(base.get(key), dict):
                merged[key] = overlay(base[key], value)
            else:
                merged[key] = value
        return merged
'''


TRIGGER = 'from conf.overlay import overlay\noverlay({"sentry": {"dsn": "x"}}, {"sentry": None})'


def _app(sentence: str) -> dict[str, str]:
    return {"conf/__init__.py": "", "conf/overlay.py": OVERLAY_2.replace("SENTENCE", sentence),
            "tests/__init__.py": "", "tests/test_overlay.py": TESTS}


def test_a_none_that_used_to_delete_is_kept(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("A None in override used to delete the key; since 2.0 it is kept as "
                       "an explicit null, which the loader reads as a disabled section."),
        TRIGGER,
        'from conf.overlay import overlay\n'
        'try:\n    merged = overlay({"sentry": {"dsn": "x"}}, {"sentry": None})\n'
        'except AttributeError:\n    pass\n'
        'else:\n    assert merged == {"sentry": None}, merged\n')
    assert data is not None and data["status"] != "fixed"


def test_a_none_that_empties_a_section_keeps_the_key(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("A None in override removes the key's settings, leaving the section "
                       "empty so that the defaults of the loader apply."),
        TRIGGER,
        'from conf.overlay import overlay\n'
        'try:\n    merged = overlay({"sentry": {"dsn": "x"}}, {"sentry": None})\n'
        'except AttributeError:\n    pass\n'
        'else:\n    assert merged == {"sentry": {}}, merged\n')
    assert data is not None and data["status"] != "fixed"

