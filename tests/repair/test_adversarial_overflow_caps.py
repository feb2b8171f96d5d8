"""overflow_caps under review: a ``return min(...)`` written on the line of its ``if``
gets no try block spliced into that line; the engine answers without crashing."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

DELAYS = '''
    """Backoff delays of the webhook sender."""

    from __future__ import annotations

    MAX_DELAY = 300.0


    def delay(base: float, attempt: int) -> float:
        """Seconds to wait before an attempt: doubling, and never more than MAX_DELAY."""
        if attempt > 1: return min(MAX_DELAY, base * 2 ** (attempt - 1))  # noqa: E701
        return 0.0
'''

DELAYS_TESTS = '''
    from hooks.delays import delay


    def test_delay() -> None:
        assert delay(1.5, 1) == 0.0
        assert delay(1.5, 3) == 6.0
        assert delay(1.5, 20) == 300.0
'''


def test_a_return_on_the_line_of_its_if_is_not_broken(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, {"hooks/__init__.py": "", "hooks/delays.py": DELAYS,
                   "tests/__init__.py": "", "tests/test_delays.py": DELAYS_TESTS},
        "from hooks.delays import delay\ndelay(1.5, 2000)",
        "from hooks.delays import delay\nassert delay(1.5, 2000) == 300.0\n"
        "assert delay(1.5, 3) == 6.0\n")
