"""Adversarial: a fallback dict in the module, and a template missing a field, but the
docstring gives the dict to another case (the preview) and says a missing field is an
error. The engine must decline rather than fill the message from the preview's words."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FILES = {
    "letters/__init__.py": "",
    "letters/render.py": '''
        #: Shown in the editor's preview, never in a letter that is sent.
        PREVIEW = {"name": "Jane Doe", "city": "Springfield"}


        class MissingField(ValueError):
            pass


        def letter(template: str, fields: dict[str, str]) -> str:
            """``template`` filled with ``fields``.

            The editor's preview fills a missing field from PREVIEW; a letter that is sent
            without one of its fields is an error, never a made-up name.
            """
            return template.format(**fields)
    ''',
    "tests/test_render.py": '''
        from letters.render import letter


        def test_letter() -> None:
            assert letter("Dear {name}", {"name": "Ada"}) == "Dear Ada"
    ''',
}


def test_a_fallback_for_the_preview_only_is_not_used_for_sent_letters(tmp_path: Path) -> None:
    trigger = 'from letters.render import letter\nletter("Dear {name}", {"city": "Leeds"})'
    check = ("from letters.render import letter\n"
             "try:\n    letter('Dear {name}', {'city': 'Leeds'})\n"
             "except (KeyError, ValueError):\n    pass\n"
             "else:\n    raise AssertionError('a letter went out with a made-up name')\n")
    data = fix_and_check(tmp_path, FILES, trigger, check)
    assert data is not None and data["status"] != "fixed"
