import pytest

from relnotes.changelog import heading, latest_release, releases
from relnotes.versions import NotARelease, format_version, parse_version


@pytest.mark.parametrize(("tag", "version"), [("2.4.1", (2, 4, 1)), ("v10.0.12", (10, 0, 12))])
def test_parse_version(tag: str, version: tuple[int, int, int]) -> None:
    assert parse_version(tag) == version


@pytest.mark.parametrize("tag", ["latest", "nightly-2026-03-02", ""])
def test_not_a_release(tag: str) -> None:
    with pytest.raises(NotARelease):
        parse_version(tag)


def test_releases_newest_first() -> None:
    assert releases(["v2.0.0", "latest", "v2.10.1", "v2.9.3"]) == ["v2.10.1", "v2.9.3", "v2.0.0"]


def test_latest_release() -> None:
    assert latest_release(["nightly-2026-03-02"]) is None
    assert latest_release(["1.0.0", "1.0.1"]) == "1.0.1"


def test_heading() -> None:
    assert heading("v3.1.4") == "## 3.1.4"
    assert format_version((3, 1, 4)) == "3.1.4"
