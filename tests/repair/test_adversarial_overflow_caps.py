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


# overflow_caps under review: a value too large for a float is past the cap only when the
# power grows the value; a power that divides it, or a negative base, goes the other way.

STEPS = '''
    """Step sizes of a bisection search."""

    from __future__ import annotations

    MAX_STEP = 0.5


    def step_size(base: float, round_: int) -> float:
        """The step of a search round: it halves each round, and is never more than
        MAX_STEP."""
        return min(MAX_STEP, base / 2 ** round_)
'''


STEPS_TESTS = '''
    from search.steps import step_size


    def test_step_size() -> None:
        assert step_size(4.0, 1) == 0.5
        assert step_size(1.0, 3) == 0.125
'''


def test_a_power_that_divides_shrinks_the_value_below_the_cap(tmp_path: Path) -> None:
    # base / 2 ** 2000 raises OverflowError too, but its value is ~0, not past the cap:
    # answering MAX_STEP would make the last rounds of the search take the largest step.
    fix_and_check(
        tmp_path, {"search/__init__.py": "", "search/steps.py": STEPS,
                   "tests/__init__.py": "", "tests/test_steps.py": STEPS_TESTS},
        "from search.steps import step_size\nstep_size(1.0, 2000)",
        "from search.steps import step_size\n"
        "try:\n    value = step_size(1.0, 2000)\nexcept OverflowError:\n    pass\n"
        "else:\n    assert value < 1e-300, value\n")


GAIN = '''
    """Volume boosts of an alarm that escalates."""

    from __future__ import annotations

    MAX_BOOST = 12.0


    def boost(gain: float, level: int) -> float:
        """The boost at an escalation level: it doubles with each level. A negative gain
        is a cut and grows the same way. The boost is never more than MAX_BOOST."""
        return min(MAX_BOOST, gain * 2 ** level)
'''


GAIN_TESTS = '''
    from alarm.gain import boost


    def test_boost() -> None:
        assert boost(1.5, 2) == 6.0
        assert boost(1.5, 5) == 12.0
        assert boost(-1.0, 3) == -8.0
'''


def test_a_negative_base_overflows_below_the_cap(tmp_path: Path) -> None:
    # -1.0 * 2 ** 2000 is past any float on the negative side: min() would answer it,
    # not the cap, so answering MAX_BOOST turns a cut into the loudest boost.
    fix_and_check(
        tmp_path, {"alarm/__init__.py": "", "alarm/gain.py": GAIN,
                   "tests/__init__.py": "", "tests/test_gain.py": GAIN_TESTS},
        "from alarm.gain import boost\nboost(-1.0, 2000)",
        "from alarm.gain import boost\n"
        "try:\n    value = boost(-1.0, 2000)\nexcept OverflowError:\n    pass\n"
        "else:\n    assert value < 0, value\n")

