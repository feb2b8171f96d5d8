"""A raw read where sibling code reads the same value through the project's accessor: the
read goes through the accessor, and only when the accessor answers the crashing case and
sibling code really uses it."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import Candidate
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
    assert candidate.contract and "lookup(MONTH_NAMES, locale)" in candidate.contract


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
