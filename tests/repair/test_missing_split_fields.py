"""``a, b = text.split(sep)`` on a text without the separator: a ``partition`` and the
documented number for the missing field; nothing when the documentation is silent,
refuses such texts, or gives the number to another field."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.missing_split_fields import MissingSplitField
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

PRICES = '''
    """Price list lines: ``SKU@PRICE``."""


    def parse_line(line: str) -> tuple[str, float]:
        """A price list line as (sku, price).

        The price is optional: a line without a price has price 0.5, the flat rate.
        """
        sku, price = line.strip().split("@")
        return sku, float(price)


    def parse_other(line: str) -> tuple[str, str]:
        sku, note = line.split("@")
        return sku, note
'''

MESSAGE = "not enough values to unpack (expected 2, got 1)"


def _propose(tmp_path: Path, source: str = PRICES, message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"prices.py": source}, "prices.py",
                              'sku, price = line.strip().split("@")', "ValueError", message,
                              {"line": "'A-1'"})
    return list(MissingSplitField().propose(site, analysis))


def test_a_documented_number_for_the_missing_field(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(PRICES).lstrip("\n")
    after = before.replace('sku, price = line.strip().split("@")',
                           'sku, _, price = line.strip().partition("@")').replace(
        "return sku, float(price)", "return sku, float(price) if price else 0.5")
    assert found[0].edits["prices.py"] == after
    # `parse_other`, which crashed nowhere, keeps its split.
    assert 'sku, note = line.split("@")' in found[0].edits["prices.py"]
    assert "has price 0.5" in (found[0].contract or "")


def test_an_int_field_gets_an_int(tmp_path: Path) -> None:
    source = PRICES.replace("float(price)", "int(price)").replace("price 0.5", "price 3")
    found = _propose(tmp_path, source)
    assert len(found) == 1 and "int(price) if price else 3" in found[0].edits["prices.py"]


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = PRICES.replace("The price is optional: a line without a price has price 0.5, "
                            "the flat rate.", "Prices are in euros.")
    assert _propose(tmp_path, silent) == []


def test_a_sentence_that_skips_such_lines_backs_nothing(tmp_path: Path) -> None:
    refused = PRICES.replace("the flat rate.", "the flat rate.\n        A line without a price "
                             "is skipped by the importer.")
    assert _propose(tmp_path, refused) == []


def test_a_number_said_of_another_field_backs_nothing(tmp_path: Path) -> None:
    other = PRICES.replace("a line without a price has price 0.5", "a line without a sku "
                           "has sku 0")
    assert _propose(tmp_path, other) == []


def test_a_fraction_for_an_int_field_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, PRICES.replace("float(price)", "int(price)")) == []


def test_a_field_used_twice_or_a_gettext_underscore_gets_nothing(tmp_path: Path) -> None:
    twice = PRICES.replace("return sku, float(price)", "print(price)\n        return sku, "
                           "float(price)")
    assert _propose(tmp_path, twice) == []
    gettext = PRICES.replace("return sku, float(price)", "return _(sku), float(price)")
    assert _propose(tmp_path, gettext) == []


def test_too_many_fields_is_another_bug(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="too many values to unpack (expected 2)") == []


SORTS = '''
    def order_by(sort: str) -> tuple[str, bool]:
        """``sort`` is ``field`` or ``field:direction``.

        The direction is optional and defaults to ``asc``.
        """
        field, direction = sort.split(":")
        if direction not in ("asc", "desc"):
            raise ValueError(sort)
        return field, direction == "desc"
'''


def _propose_sort(tmp_path: Path, source: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"sorts.py": source}, "sorts.py",
                              'field, direction = sort.split(":")', "ValueError", MESSAGE,
                              {"sort": "'price'"})
    return list(MissingSplitField().propose(site, analysis))


def test_a_documented_text_for_the_missing_field(tmp_path: Path) -> None:
    found = _propose_sort(tmp_path, SORTS)
    assert [c.edits["sorts.py"] for c in found] == [textwrap.dedent(SORTS).lstrip("\n").replace(
        '    field, direction = sort.split(":")\n',
        '    field, _, direction = sort.partition(":")\n    direction = direction or "asc"\n')]
    assert "defaults to ``asc``" in (found[0].contract or "")


def test_a_text_default_refused_or_said_of_another_field_backs_nothing(
        tmp_path: Path) -> None:
    refused = SORTS.replace("The direction is optional and defaults to ``asc``.",
                            "The direction defaults to ``asc`` in the UI. The API rejects "
                            "a sort without a direction.")
    assert _propose_sort(tmp_path, refused) == []
    other = SORTS.replace("The direction is optional and defaults to ``asc``.",
                          "The page size defaults to ``20``.")
    assert _propose_sort(tmp_path, other) == []


APP = {
    "pyproject.toml": '[project]\nname = "tiers"\nversion = "0"\n',
    "tiers/__init__.py": "",
    "tiers/limits.py": '''
        """Rate limits per plan, configured as ``plan:requests_per_minute`` entries."""

        from __future__ import annotations


        def parse_limits(spec: str) -> dict[str, int]:
            """The limit of each plan in a comma-separated spec.

            An entry without a limit has limit 60, the default of every plan.
            """
            limits: dict[str, int] = {}
            for entry in spec.split(","):
                plan, limit = entry.strip().split(":")
                limits[plan] = int(limit)
            return limits
    ''',
    "tests/__init__.py": "",
    "tests/test_limits.py": '''
        from tiers.limits import parse_limits


        def test_parse_limits() -> None:
            assert parse_limits("free:10, pro:600") == {"free": 10, "pro": 600}
    ''',
}

TRIGGER = """
from tiers.limits import parse_limits
parse_limits("free:10, team, pro:600")
"""

CHECK = """
from tiers.limits import parse_limits
assert parse_limits("free:10, team, pro:600") == {"free": 10, "team": 60, "pro": 600}
assert parse_limits("free:10") == {"free": 10}
"""


def test_an_entry_without_its_limit_gets_the_documented_one_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert '.partition(":")' in data["patch"]


def test_an_undocumented_missing_limit_is_declined_end_to_end(tmp_path: Path) -> None:
    silent = dict(APP)
    silent["tiers/limits.py"] = APP["tiers/limits.py"].replace(
        "An entry without a limit has limit 60, the default of every plan.",
        "Limits are requests per minute.")
    data = fix_and_check(tmp_path, silent, TRIGGER, CHECK)
    assert data is not None and data["status"] != "fixed"


def test_a_sort_without_a_direction_sorts_ascending_end_to_end(tmp_path: Path) -> None:
    tests = ('from sorts import order_by\n\n\n'
             'def test_desc() -> None:\n    assert order_by("price:desc") == ("price", True)\n')
    check = ('from sorts import order_by\nassert order_by("price") == ("price", False)\n'
             'assert order_by("name:desc") == ("name", True)')
    data = fix_and_check(tmp_path, {"sorts.py": SORTS, "tests/test_sorts.py": tests},
                         'from sorts import order_by\norder_by("price")', check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "split-missing-field"

