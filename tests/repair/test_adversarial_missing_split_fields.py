"""missing_split_fields under review: a number near "without a limit" is not the limit
such an entry gets unless the sentence gives it to that entry."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

LIMITS = '''
    """Rate limits per plan, configured as ``plan:requests_per_minute`` entries."""

    from __future__ import annotations

    DEFAULTS = {"free": 60, "team": 300}


    def parse_limits(spec: str) -> dict[str, int]:
        """The limit of each plan in a comma-separated spec.

        SENTENCE
        """
        limits: dict[str, int] = {}
        for entry in spec.split(","):
            plan, limit = entry.strip().split(":")
            limits[plan] = int(limit)
        return limits
'''

TESTS = '''
    from tiers.limits import parse_limits


    def test_parse_limits() -> None:
        assert parse_limits("free:10, pro:600") == {"free": 10, "pro": 600}
'''

TRIGGER = 'from tiers.limits import parse_limits\nparse_limits("free:10, team")'


def _app(sentence: str) -> dict[str, str]:
    return {"tiers/__init__.py": "", "tiers/limits.py": LIMITS.replace("SENTENCE", sentence),
            "tests/__init__.py": "", "tests/test_limits.py": TESTS}


def test_a_limit_taken_from_elsewhere_is_not_the_number_in_the_next_sentence(
        tmp_path: Path) -> None:
    # The 60 is the free plan's default; a team entry without a limit gets 300 from
    # DEFAULTS, which a template that grabbed "60" would get wrong.
    data = fix_and_check(
        tmp_path, _app("An entry without a limit falls back to its plan's entry in DEFAULTS;"
                       " the limit 60 is the free plan's."), TRIGGER,
        'from tiers.limits import parse_limits\n'
        'assert parse_limits("free:10, team") == {"free": 10, "team": 300}')
    assert data is not None and data["status"] != "fixed"


def test_an_entry_documented_as_rejected_gets_no_default(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("An entry without a limit is rejected; the limit 60 of the free plan "
                       "is no default."), TRIGGER,
        'from tiers.limits import parse_limits\n'
        'try:\n    parse_limits("free:10, team")\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("accepted")')
    assert data is not None and data["status"] != "fixed"
