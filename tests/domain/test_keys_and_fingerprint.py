from __future__ import annotations

import pytest

from bugstack.domain import ApiKey, ErrorEvent, InvalidKeyError, IssueStatus, fingerprint_event
from bugstack.domain.issue import status_after_event


def _event(lineno: int, *, exc_type: str = "KeyError", fingerprint: list[str] | None = None):
    data = {
        "event_id": "a" * 32,
        "exception": {
            "values": [
                {
                    "type": exc_type,
                    "value": "'sku'",
                    "stacktrace": {
                        "frames": [
                            {"module": "django.core", "function": "handle", "lineno": 3,
                             "in_app": False},
                            {"module": "shop.views", "function": "checkout", "lineno": lineno,
                             "in_app": True},
                        ]
                    },
                }
            ]
        },
    }
    if fingerprint is not None:
        data["fingerprint"] = fingerprint
    return ErrorEvent.from_dict(data)


def test_key_round_trips_and_names_its_project() -> None:
    key = ApiKey.generate(42)
    parsed = ApiKey.parse(str(key))
    assert parsed == key
    assert parsed.project_id == 42
    assert key.dsn("http://127.0.0.1:8000") == f"http://{key}@127.0.0.1:8000/42"
    assert key.digest != str(key) and len(key.digest) == 64


@pytest.mark.parametrize("bad", ["", "bs_1_short", "xx_1_" + "a" * 32, "bs_x_" + "a" * 32])
def test_malformed_keys_are_refused(bad: str) -> None:
    with pytest.raises(InvalidKeyError):
        ApiKey.parse(bad)


def test_moving_lines_keeps_the_issue_but_another_type_splits_it() -> None:
    assert fingerprint_event(_event(10)) == fingerprint_event(_event(99))
    assert fingerprint_event(_event(10)) != fingerprint_event(_event(10, exc_type="ValueError"))


def test_sdk_fingerprint_overrides_and_can_extend_the_default() -> None:
    custom = fingerprint_event(_event(10, fingerprint=["checkout-failure"]))
    assert custom == fingerprint_event(_event(10, exc_type="ValueError",
                                              fingerprint=["checkout-failure"]))
    extended = fingerprint_event(_event(10, fingerprint=["{{ default }}", "eu"]))
    assert extended not in (custom, fingerprint_event(_event(10)))


def test_event_view_finds_the_crash_frame_and_title() -> None:
    event = _event(10)
    assert event.title == "KeyError: 'sku'"
    assert event.culprit == "shop.views in checkout"


def test_resolved_issue_regresses_only_from_a_new_release() -> None:
    seen = frozenset({"v1"})
    assert status_after_event(IssueStatus.RESOLVED, "v1", seen) is IssueStatus.RESOLVED
    assert status_after_event(IssueStatus.RESOLVED, "v2", seen) is IssueStatus.REGRESSED
    assert status_after_event(IssueStatus.RESOLVED, None, seen) is IssueStatus.REGRESSED
    assert status_after_event(IssueStatus.IGNORED, "v2", seen) is IssueStatus.IGNORED
