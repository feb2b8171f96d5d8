"""setting_types under review: the destination's annotation, not the fallback's literal,
says what a setting holds (``share: float`` with a fallback of ``1`` holds "0.25")."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

LIMITS = '''
    """Rate limits, configurable from the environment."""
    import os
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Limits:
        burst: int
        share: float  # the fraction of the quota one client may use, e.g. 0.25


    def limits() -> Limits:
        return Limits(burst=int(os.environ.get("QUOTA_BURST", 10)),
                      share=os.environ.get("QUOTA_SHARE", 1))


    def allowed(used: int, total: int) -> bool:
        return used / total <= limits().share
'''

TESTS = '''
    from quota.limits import limits


    def test_burst():
        assert limits().burst == 10
'''

TRIGGER = '''
import os
os.environ["QUOTA_SHARE"] = "0.25"
from quota.limits import allowed
allowed(1, 10)
'''


def test_a_float_field_with_an_int_fallback_is_read_as_a_float(tmp_path: Path) -> None:
    # int("0.25") would trade the TypeError for a ValueError on the very value production
    # had; the field is annotated float.
    data = fix_and_check(
        tmp_path, {"quota/__init__.py": "", "quota/limits.py": LIMITS,
                   "tests/test_limits.py": TESTS},
        TRIGGER, TRIGGER.replace("allowed(1, 10)", "assert allowed(1, 10) is True"))
    assert data is not None and data["status"] == "fixed"
    assert 'share=float(os.environ.get("QUOTA_SHARE", 1))' in data["patch"]
