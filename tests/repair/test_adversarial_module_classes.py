"""module_classes under review: when the file's calls of ``datetime.datetime.now`` are
written two ways (aware and naive), the crashing ``datetime.now()`` is not given either:
the naive one is the tempting repair and shifts retries by the server's offset."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_module_classes import OUTBOX, TESTS


def test_siblings_written_two_ways_are_no_backing(tmp_path: Path) -> None:
    mixed = OUTBOX.replace(
        "return datetime.datetime.now(datetime.timezone.utc) - delivery.created_at",
        "return datetime.datetime.now() - delivery.created_at.replace(tzinfo=None)")
    data = fix_and_check(
        tmp_path, {"outbox/__init__.py": "", "outbox/deliveries.py": mixed,
                   "tests/test_deliveries.py": TESTS},
        "from outbox.deliveries import new_delivery, record_failure\n"
        "record_failure(new_delivery())",
        "import datetime\nfrom outbox.deliveries import new_delivery, record_failure\n"
        "d = record_failure(new_delivery())\n"
        "assert d.next_attempt_at.utcoffset() == datetime.timedelta(0)")
    assert data is not None and data["status"] != "fixed"
