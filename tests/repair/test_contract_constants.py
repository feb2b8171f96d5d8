"""Constants whose comments speak for a missing key: the fallback constant for "no
Referer", the quoted value unmapped entries of a lookup table go to; nothing when the
words are not about the absence, refuse it, or do not choose one value."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.repair.candidates.missing_key import MissingKey
from bugstack.repair.contract_constants import (
    constant_for_absent_key,
    default_for_table,
    default_for_unmapped,
    stand_in_entry,
)
from tests.repair.crash_sites import crash_at

VIEWS = '''
    LANGUAGES = {"en", "de"}

    #: Where the switcher sends the visitor when it cannot send them back (no
    #: Referer: privacy extensions strip it).
    FALLBACK_NEXT = "/account/"
    HOME = "/"


    def set_language(request):
        back = request.META["HTTP_REFERER"]
        if not back.startswith("/"):
            back = FALLBACK_NEXT
        return back
'''

REGIONS = '''
    """Sales per region."""

    #: The board pack's columns. Countries not mapped here are reported under "other",
    #: never dropped: the total must match the ledger.
    REGIONS = ("uk", "eu", "other")
    COUNTRY_REGION = {"GB": "uk", "DE": "eu"}


    def region_of(row):
        return COUNTRY_REGION[row["country"]]
'''


def _read(source: str) -> tuple[str, ast.Module]:
    text = textwrap.dedent(source).lstrip("\n")
    return text, ast.parse(text)


def test_the_constant_commented_for_the_missing_key_is_its_default() -> None:
    found = constant_for_absent_key(*_read(VIEWS), "HTTP_REFERER")
    assert found is not None and found.source == "FALLBACK_NEXT"
    assert "no Referer" in found.reason


def test_a_constant_that_only_mentions_the_key_or_is_shared_backs_nothing() -> None:
    mentions = VIEWS.replace("(no\n    #: Referer: privacy extensions strip it)",
                             "(the Referer is checked first)")
    assert constant_for_absent_key(*_read(mentions), "HTTP_REFERER") is None
    twice = VIEWS.replace('HOME = "/"', '#: Also used with no Referer.\n    HOME = "/"')
    assert constant_for_absent_key(*_read(twice), "HTTP_REFERER") is None
    assert constant_for_absent_key(*_read(VIEWS), "HTTP_ACCEPT_LANGUAGE") is None


def test_unmapped_entries_go_where_the_comment_says() -> None:
    found = default_for_unmapped(*_read(REGIONS), "COUNTRY_REGION")
    assert found is not None and found.source == '"other"'


def test_a_table_whose_comment_refuses_or_names_no_single_value_gets_nothing() -> None:
    dropped = REGIONS.replace('are reported under "other",\n    #: never dropped',
                              'are skipped and logged as "other"')
    assert default_for_unmapped(*_read(dropped), "COUNTRY_REGION") is None
    two = REGIONS.replace('under "other"', 'under "other" or "rest"')
    assert default_for_unmapped(*_read(two), "COUNTRY_REGION") is None
    known = REGIONS.replace('"DE": "eu"}', '"DE": "eu", "other": "uk"}')
    assert default_for_unmapped(*_read(known), "COUNTRY_REGION") is None
    assert default_for_unmapped(*_read(REGIONS), "REGIONS") is None  # not a dict table


def test_missing_key_reads_the_table_comment_at_the_crash(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"regions.py": REGIONS}, "regions.py",
                              'return COUNTRY_REGION[row["country"]]', "KeyError", "'IE'",
                              {"row": "{'country': 'IE'}"})
    edits = [c.edits["regions.py"] for c in MissingKey().propose(site, analysis)
             if c.contract is not None]
    assert any('return COUNTRY_REGION.get(row["country"], "other")\n' in e for e in edits)
    untouched = textwrap.dedent(REGIONS).lstrip("\n").split("def region_of")[0]
    assert all(e.startswith(untouched) for e in edits)



SCHEMA = '''
    CURRENT_VERSION = 3

    #: Documents saved by prefstore 1.x carry no schema_version at all: the field came
    #: in with the first migration. Such a document is in the version 1 shape.
    UNVERSIONED = 1


    def upgrade(doc):
        return min(doc.meta["schema_version"], CURRENT_VERSION)
'''


def test_a_comment_for_the_absence_names_its_constant() -> None:
    source = textwrap.dedent(SCHEMA)
    found = constant_for_absent_key(source, ast.parse(source), "schema_version")
    assert found is not None and found.source == "UNVERSIONED"


def test_a_message_about_the_absence_is_no_value_for_it() -> None:
    source = textwrap.dedent(SCHEMA).replace(
        "Documents saved by prefstore 1.x carry no schema_version",
        "Logged for documents that carry no schema_version")
    assert constant_for_absent_key(source, ast.parse(source), "schema_version") is None


def test_a_comment_refusing_the_absence_is_no_value_for_it() -> None:
    source = textwrap.dedent(SCHEMA).replace(
        "Such a document is in the version 1 shape.",
        "Such a document is rejected: its widgets cannot be migrated.")
    assert constant_for_absent_key(source, ast.parse(source), "schema_version") is None



VAT = '''
    """UK VAT on invoice lines."""

    from decimal import Decimal

    #: The standard-rate code. Only what the catalogue marks reduced (R) or zero-rated
    #: (Z) is taxed otherwise; everything else we sell is standard-rated.
    STANDARD = "S"

    TAX_RATES = {STANDARD: Decimal("0.20"), "R": Decimal("0.05"), "Z": Decimal("0.00")}


    def line_vat(line):
        """The line's tax code and its VAT."""
        code = line["tax_code"]
        return code, Decimal(line["net"]) * TAX_RATES[code]
'''


def test_a_catch_all_comment_backs_no_default(tmp_path: Path) -> None:
    """"Everything else is standard-rated" once backed ``.get("tax_code", STANDARD)``;
    two adversarial reviews beat that reading 8 times in 8 traps (a catch-all for coded
    lines only, "standardised", a shipping desk's "any other country"), and it was
    dropped."""
    site, analysis = crash_at(tmp_path, {"vat.py": VAT}, "vat.py", 'code = line["tax_code"]',
                              "KeyError", "'tax_code'", {"line": "{'net': '450.00'}"})
    backed = [c for c in MissingKey().propose(site, analysis) if c.contract is not None]
    assert not any("STANDARD" in c.edits["vat.py"].split("def line_vat")[1] for c in backed)


TARIFFS = '''
    #: Pence per started hour, by the camera's vehicle class.
    HOURLY_PENCE = {"car": 250, "motorcycle": 100, "coach": 900}

    #: The class whose tariff applies to any class not listed above.
    OTHER_VEHICLES = "car"
    #: Coaches park on the lower deck.
    COACH = "coach"


    def fee_pence(vehicle_class, hours):
        return hours * HOURLY_PENCE[vehicle_class]
'''


def test_the_key_whose_entry_stands_in_for_the_unlisted_is_the_default() -> None:
    found = stand_in_entry(*_read(TARIFFS), "HOURLY_PENCE")
    assert found is not None and found.source == "HOURLY_PENCE[OTHER_VEHICLES]"


def test_no_stand_in_where_the_comment_refuses_is_silent_or_the_key_is_not_listed() -> None:
    refused = TARIFFS.replace("applies to any class not listed above",
                              "is checked first; any class not listed above is rejected")
    assert stand_in_entry(*_read(refused), "HOURLY_PENCE") is None
    silent = TARIFFS.replace("whose tariff applies to any class not listed above",
                             "most visitors drive")
    assert stand_in_entry(*_read(silent), "HOURLY_PENCE") is None
    unlisted = TARIFFS.replace('OTHER_VEHICLES = "car"', 'OTHER_VEHICLES = "van"')
    assert stand_in_entry(*_read(unlisted), "HOURLY_PENCE") is None
    two = TARIFFS.replace("Coaches park on the lower deck.",
                          "Its HOURLY_PENCE entry applies to any other vehicle too.")
    assert stand_in_entry(*_read(two), "HOURLY_PENCE") is None
    limited = TARIFFS.replace("any class not listed above", "any other class under 3.5 t")
    assert stand_in_entry(*_read(limited), "HOURLY_PENCE") is None
    turned_away = '    """Lorries may not enter."""\n' + TARIFFS
    assert stand_in_entry(*_read(turned_away), "HOURLY_PENCE") is None
    elsewhere = TARIFFS.replace("    #: The class whose", "    LETTERS = {\"car\": 1}\n"
                                "    #: The class whose")
    assert stand_in_entry(*_read(elsewhere), "HOURLY_PENCE") is None  # "above" is LETTERS


def test_missing_key_reads_the_stand_in_at_the_crash(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"tariffs.py": TARIFFS}, "tariffs.py",
                              "return hours * HOURLY_PENCE[vehicle_class]", "KeyError", "'van'",
                              {"vehicle_class": "'van'", "hours": "2"})
    edits = [c.edits["tariffs.py"] for c in MissingKey().propose(site, analysis)
             if c.contract is not None]
    assert any("return hours * HOURLY_PENCE.get(vehicle_class, HOURLY_PENCE[OTHER_VEHICLES])\n"
               in e for e in edits)


TIMING = """
#: Minutes for a full clean, by room type.
CLEAN_MINUTES: dict[str, int] = {"single": 25, "double": 30}
#: Room types not timed yet are planned at this.
DEFAULT_CLEAN_MINUTES = 45
"""


def test_a_default_named_for_the_table_stands_in_for_its_missing_keys() -> None:
    found = default_for_table(TIMING, ast.parse(TIMING), "CLEAN_MINUTES")
    assert found is not None and found.source == "DEFAULT_CLEAN_MINUTES"
    assert "not timed yet" in found.reason


def test_a_table_default_of_another_kind_or_refused_backs_nothing() -> None:
    text = TIMING.replace("DEFAULT_CLEAN_MINUTES = 45", 'DEFAULT_CLEAN_MINUTES = "45"')
    assert default_for_table(text, ast.parse(text), "CLEAN_MINUTES") is None
    refused = TIMING.replace("are planned at this.", "must be rejected, never planned.")
    assert default_for_table(refused, ast.parse(refused), "CLEAN_MINUTES") is None
    other = TIMING.replace("DEFAULT_CLEAN_MINUTES", "DEFAULT_TIDY_MINUTES")
    assert default_for_table(other, ast.parse(other), "CLEAN_MINUTES") is None
