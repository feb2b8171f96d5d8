"""A raw read where sibling code reads the same value through the project's accessor: the
read through the accessor is suggested, never backed, and only when the accessor answers
the crashing case and sibling code really uses it."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.sibling_accessors import SiblingAccessor
from tests.repair.crash_sites import crash_at

LOCALES = '''
    """Locale tables. Every table here is looked up the full tag, then its language,
    then DEFAULT_LOCALE."""

    DEFAULT_LOCALE = "en"

    DATE_PATTERNS: dict[str, str] = {"en": "{month} {day}, {year}", "de": "{day}. {month} {year}"}
    MONTH_NAMES: dict[str, list[str]] = {"en": ["May"], "de": ["Mai"]}


    def lookup(table, locale):
        for key in (locale, locale.split("-")[0], DEFAULT_LOCALE):
            if key in table:
                return table[key]
        raise LookupError(locale)


    def format_date(day, locale):
        pattern = DATE_PATTERNS[locale]
        months = lookup(MONTH_NAMES, locale)
        return pattern.format(day=day, month=months[0], year=2024)
'''


def _locale_candidates(root: Path, source: str = LOCALES) -> list[Candidate]:
    site, analysis = crash_at(root, {"fmt/__init__.py": "", "fmt/locales.py": source},
                              "fmt/locales.py", "pattern = DATE_PATTERNS[locale]",
                              "KeyError", "'de-CH'", {"locale": "'de-CH'"})
    return list(SiblingAccessor().propose(site, analysis))


def test_a_table_read_goes_through_the_lookup_its_neighbour_uses(tmp_path: Path) -> None:
    [candidate] = _locale_candidates(tmp_path)
    assert "-    pattern = DATE_PATTERNS[locale]\n" in candidate.diff()
    assert "+    pattern = lookup(DATE_PATTERNS, locale)\n" in candidate.diff()
    assert candidate.size == 2  # nothing else in the module changes
    assert "lookup(MONTH_NAMES, locale)" in candidate.description
    assert candidate.contract is None and candidate.plausibility == GUESS  # suggested only


def test_a_neighbour_reading_another_key_backs_nothing(tmp_path: Path) -> None:
    source = LOCALES.replace("lookup(MONTH_NAMES, locale)", 'lookup(MONTH_NAMES, "en")')
    assert _locale_candidates(tmp_path, source) == []


def test_a_lookup_that_does_not_test_the_key_backs_nothing(tmp_path: Path) -> None:
    source = LOCALES.replace(
        '''        for key in (locale, locale.split("-")[0], DEFAULT_LOCALE):
            if key in table:
                return table[key]
        raise LookupError(locale)''', "        return table[locale]")
    assert _locale_candidates(tmp_path, source) == []


def test_a_lookup_not_documented_for_every_table_backs_nothing(tmp_path: Path) -> None:
    source = LOCALES.replace("Every table here is looked up", "Month names are looked up")
    assert _locale_candidates(tmp_path, source) == []


def test_a_table_whose_comment_speaks_of_absence_is_left_alone(tmp_path: Path) -> None:
    source = LOCALES.replace(
        "    DATE_PATTERNS:", "    #: A locale without a pattern of its own is not offered.\n"
                            "    DATE_PATTERNS:")
    assert _locale_candidates(tmp_path, source) == []


def test_a_refusing_docstring_backs_nothing(tmp_path: Path) -> None:
    source = LOCALES.replace(
        "    def format_date(day, locale):\n",
        '    def format_date(day, locale):\n'
        '        """An unknown locale must raise: dates are never guessed."""\n')
    assert _locale_candidates(tmp_path, source) == []


MODELS = '''
    from dataclasses import dataclass


    @dataclass
    class Member:
        username: str
        full_name: str | None


    def display_name(member: Member) -> str:
        """How a member is named to others, everywhere: the full name, or the username."""
        return member.full_name or member.username
'''

DIGEST = '''
    from club.models import display_name


    def line(note):
        return f"{display_name(note.actor)} replied"


    def subject(notes):
        names = [note.actor.full_name for note in notes]
        return "From " + ", ".join(names)
'''

CAPTURED = {"notes": "[Note(actor=Member(username='crumb', full_name=None))]"}


def _digest_candidates(root: Path, digest: str = DIGEST,
                       values: dict[str, object] | None = None) -> list[Candidate]:
    files = {"club/__init__.py": "", "club/models.py": MODELS, "club/digest.py": digest}
    site, analysis = crash_at(root, files, "club/digest.py", 'return "From "', "TypeError",
                              "sequence item 0: expected str instance, NoneType found",
                              CAPTURED if values is None else values)
    return list(SiblingAccessor().propose(site, analysis))


def test_a_none_attribute_is_read_through_the_accessor_siblings_use(tmp_path: Path) -> None:
    [candidate] = _digest_candidates(tmp_path)
    assert "+    names = [display_name(note.actor) for note in notes]\n" in candidate.diff()
    assert candidate.size == 2
    assert candidate.contract is None and candidate.plausibility == GUESS


def test_no_captured_none_of_the_accessors_class_backs_nothing(tmp_path: Path) -> None:
    values = {"notes": "[Note(actor=Guest(username='crumb', full_name=None))]"}
    assert _digest_candidates(tmp_path, values=values) == []


def test_an_accessor_no_sibling_calls_backs_nothing(tmp_path: Path) -> None:
    digest = DIGEST.replace("{display_name(note.actor)}", "{note.actor.username}")
    assert _digest_candidates(tmp_path, digest) == []


def test_an_accessor_not_documented_for_everywhere_backs_nothing(tmp_path: Path) -> None:
    files = {"club/__init__.py": "", "club/digest.py": DIGEST,
             "club/models.py": MODELS.replace("to others, everywhere:", "on the forum:")}
    site, analysis = crash_at(tmp_path, files, "club/digest.py", 'return "From "',
                              "TypeError", "sequence item 0: expected str instance, NoneType "
                              "found", CAPTURED)
    assert list(SiblingAccessor().propose(site, analysis)) == []


def test_a_docstring_speaking_of_the_missing_value_is_left_alone(tmp_path: Path) -> None:
    digest = DIGEST.replace("    def subject(notes):\n", "    def subject(notes):\n"
                            '        """Members without a full name are not listed."""\n')
    assert _digest_candidates(tmp_path, digest) == []


def test_a_function_that_tests_the_attribute_itself_is_left_alone(tmp_path: Path) -> None:
    digest = DIGEST.replace("for note in notes]",
                            "for note in notes if note.actor.full_name is not None]")
    assert _digest_candidates(tmp_path, digest) == []


WAREHOUSE = '''
    INBOUND_DOCK = "Z-DOCK"

    #: SKU -> shelf location, filled by the put-away scanner.
    SHELVES: dict[str, str] = {"MUG": "A-03-2"}


    def location_of(sku: str) -> str:
        """Where a picker finds the SKU: its shelf, or the inbound dock while unshelved."""
        return SHELVES.get(sku, INBOUND_DOCK)
'''

PICKING = '''
    from depot import warehouse


    def stock_page(sku):
        return {"sku": sku, "location": warehouse.location_of(sku)}


    def picklist(lines):
        return sorted(warehouse.SHELVES[line["sku"]] for line in lines)
'''


def _picking_candidates(root: Path, picking: str = PICKING,
                        warehouse: str = WAREHOUSE) -> list[Candidate]:
    files = {"depot/__init__.py": "", "depot/warehouse.py": warehouse,
             "depot/picking.py": picking}
    site, analysis = crash_at(root, files, "depot/picking.py", "return sorted(", "KeyError",
                              "'KETTLE'", {"lines": "[{'sku': 'KETTLE'}]"})
    return list(SiblingAccessor().propose(site, analysis))


def test_a_table_read_goes_through_the_tables_own_accessor(tmp_path: Path) -> None:
    [candidate] = _picking_candidates(tmp_path)
    assert ('+    return sorted(warehouse.location_of(line["sku"]) for line in lines)\n'
            in candidate.diff())
    assert candidate.size == 2
    assert candidate.contract is None


def test_an_accessor_nobody_calls_backs_nothing(tmp_path: Path) -> None:
    picking = PICKING.replace('warehouse.location_of(sku)', 'warehouse.SHELVES.get(sku)')
    assert _picking_candidates(tmp_path, picking) == []


def test_a_table_whose_comment_speaks_of_absence_keeps_its_reads(tmp_path: Path) -> None:
    warehouse = WAREHOUSE.replace("filled by the put-away scanner.",
                                  "a SKU not shelved yet is not picked.")
    assert _picking_candidates(tmp_path, warehouse=warehouse) == []
