import pytest

from relcheck.versions import is_newer, latest, parse


def test_missing_patch_counts_as_zero() -> None:
    assert parse("v2.1") == (2, 1, 0)
    assert parse("2.1") == parse("2.1.0")
    assert is_newer("v2.1", "2.0.9")
    assert not is_newer("2.1", "v2.1.0")


def test_newest_tag_may_lack_a_patch_number() -> None:
    assert latest(["v1.9.3", "v2.0.0", "v2.1"]) == "v2.1"
    assert latest(["v2.1", "v2.1.4", "v2.0.7"]) == "v2.1.4"


def test_non_versions_are_value_errors_and_skipped() -> None:
    for text in ("nightly", "", "v2", "1.2.3.4", "1.x.0"):
        with pytest.raises(ValueError):
            parse(text)
    assert latest(["nightly", "v1.0", "before-rewrite"]) == "v1.0"
    assert latest(["nightly"]) is None
