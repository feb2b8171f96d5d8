"""An app whose error no guide or template fixes, so that only a model's patch can: a
version string without a minor part (``"3"``) fails to unpack, while the docstring says
it means ``(3, 0)``."""

from __future__ import annotations

__all__ = ["VERSIONS_APP", "VERSIONS_TRIGGER"]

#: Its docstring spells the missing part's value as a word: bugstack's own templates read
#: a number there and would fix the error without the model these tests are about.
VERSIONS_APP = {
    "shop/__init__.py": "",
    "shop/versions.py": '''
        def parse_version(text: str) -> tuple[int, int]:
            """The (major, minor) of a version such as "1.2"; a missing minor part counts
            as zero, so "3" is (3, 0)."""
            major, minor = text.split(".")
            return int(major), int(minor)
    ''',
    "tests/__init__.py": "",
    "tests/test_versions.py": '''
        from shop.versions import parse_version


        def test_parse_version() -> None:
            assert parse_version("1.2") == (1, 2)
    ''',
}
VERSIONS_TRIGGER = "from shop.versions import parse_version\nparse_version('3')"
