"""``module 'datetime' has no attribute 'now'``: the call is written as the file's other
calls of that class member write it; nothing is proposed when they disagree or are absent."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.module_classes import ModuleClassMember
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

OUTBOX = '''
    """Deliveries; every timestamp is aware UTC."""
    import datetime
    from dataclasses import dataclass


    @dataclass
    class Delivery:
        created_at: datetime.datetime
        next_attempt_at: datetime.datetime | None = None
        attempts: int = 0


    def new_delivery() -> Delivery:
        now = datetime.datetime.now(datetime.timezone.utc)
        return Delivery(created_at=now, next_attempt_at=now)


    def record_failure(delivery: Delivery) -> Delivery:
        delivery.attempts += 1
        delivery.next_attempt_at = datetime.now() + datetime.timedelta(seconds=30)
        return delivery


    def age(delivery: Delivery) -> datetime.timedelta:
        return datetime.datetime.now(datetime.timezone.utc) - delivery.created_at
'''

MESSAGE = "module 'datetime' has no attribute 'now'"


def _propose(tmp_path: Path, outbox: str = OUTBOX, message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"outbox/__init__.py": "", "outbox/deliveries.py": outbox},
                              "outbox/deliveries.py", "datetime.now() +", "AttributeError",
                              message, {"delivery": "Delivery(created_at=None)"})
    return list(ModuleClassMember().propose(site, analysis))


def test_the_call_is_written_as_the_sibling_calls_write_it(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["outbox/deliveries.py"]
    assert after == textwrap.dedent(OUTBOX).lstrip("\n").replace(
        "datetime.now() + datetime", "datetime.datetime.now(datetime.timezone.utc) + datetime")
    assert found[0].contract is not None and "(2)" in found[0].contract


@pytest.mark.parametrize("change", [
    # One sibling naive, one aware: which the crashing call meant is a guess.
    ("return datetime.datetime.now(datetime.timezone.utc) - delivery.created_at",
     "return datetime.datetime.now() - delivery.created_at"),
    # No sibling calls the class member at all.
    ("now = datetime.datetime.now(datetime.timezone.utc)", "now = NOW"),
])
def test_siblings_that_disagree_or_are_absent_back_nothing(
        tmp_path: Path, change: tuple[str, str]) -> None:
    changed = OUTBOX.replace(*change)
    if change[1] == "now = NOW":
        changed = changed.replace(
            "return datetime.datetime.now(datetime.timezone.utc) - delivery.created_at",
            "return delivery.created_at - delivery.created_at")
    assert _propose(tmp_path, changed) == []


def test_a_crashing_call_asking_for_something_else_gets_nothing(tmp_path: Path) -> None:
    local = OUTBOX.replace("datetime.now() + datetime", "datetime.now(tz=None) + datetime")
    site, analysis = crash_at(tmp_path, {"outbox/__init__.py": "", "outbox/deliveries.py": local},
                              "outbox/deliveries.py", "datetime.now(tz=None) +",
                              "AttributeError", MESSAGE, {})
    assert list(ModuleClassMember().propose(site, analysis)) == []


def test_a_module_of_the_repository_is_left_to_renamed_attributes(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="module 'outbox' has no attribute 'now'") == []


def test_a_module_with_side_effects_on_import_is_not_read() -> None:
    from bugstack.repair.candidates.module_classes import _classes_with

    assert _classes_with("datetime", "now") == {"datetime"}
    assert _classes_with("antigravity", "now") == set()


TESTS = '''
    from outbox.deliveries import new_delivery


    def test_new_delivery() -> None:
        assert new_delivery().attempts == 0
'''


def test_a_retry_is_scheduled_in_aware_utc(tmp_path: Path) -> None:
    trigger = 'from outbox.deliveries import new_delivery, record_failure\n' \
              'record_failure(new_delivery())'
    check = ('import datetime\nfrom outbox.deliveries import new_delivery, record_failure\n'
             'd = record_failure(new_delivery())\n'
             'assert d.next_attempt_at.utcoffset() == datetime.timedelta(0)')
    data = fix_and_check(tmp_path, {"outbox/__init__.py": "", "outbox/deliveries.py": OUTBOX,
                                    "tests/test_deliveries.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "datetime.datetime.now(datetime.timezone.utc) + " in data["patch"]
