import pytest

from relnotes.changelog import heading, latest_release, releases
from relnotes.versions import NotARelease, parse_version


def test_two_part_tag_means_patch_zero() -> None:
    assert parse_version("v1.9") == (1, 9, 0)
    assert parse_version("2.0") == (2, 0, 0)
    assert heading("v1.10") == "## 1.10.0"


def test_old_repository_releases_are_all_listed() -> None:
    tags = ["v1.8", "v1.9", "v1.10", "v1.10.1", "latest"]
    assert releases(tags) == ["v1.10.1", "v1.10", "v1.9", "v1.8"]
    assert latest_release(["v1.8", "v1.9", "v1.10"]) == "v1.10"


@pytest.mark.parametrize("tag", ["v2-beta", "v1", "1.2.3.4", "v1.2.x", "1.2.3-rc1"])
def test_other_tags_are_still_not_releases(tag: str) -> None:
    with pytest.raises(NotARelease):
        parse_version(tag)
    assert releases([tag, "v1.0.0"]) == ["v1.0.0"]
