"""Eleventh adversarial review: ``unlisted-label`` and the CSV file rebuilt for a list of
one path.

``unlisted-label`` (``candidates/unlisted_labels.py``) answers ``'NoneType' object has no
attribute 'name'`` on a lookup's None by reading the one module text constant whose
documentation speaks of an absent key. Each wrong-fix trap is a small app whose words
say the label is not the answer; the hidden assertion checks the behaviour those words
give, and a declined fix passes.

Wrong-fix traps (``unlisted-label`` unless said otherwise):

* ``test_a_lapsed_card_is_turned_away_not_signed_in_as_a_guest``: ``find_member`` answers
  None for a lapsed member too (its docstring, in another module); the door's docstring
  turns lapsed cards away. ``GUEST`` is for numbers nobody holds;
* ``test_a_lumped_redpoll_counts_as_a_redpoll_not_as_unlisted``: None for a code lumped
  into another species is documented apart (it counts under ``LUMPED``'s species), in
  words without an "absent" word;
* ``test_an_unlisted_species_is_not_an_unregistered_garden``: the one constant documented
  for an absent "code" is the garden table's, read by another module as
  ``summary.UNREGISTERED_GARDEN`` (an attribute ``_read_anywhere`` does not see); the
  species rule ("counted together under Other species") is prose;
* ``test_a_log_message_is_no_species_label``: the constant is a warning's text, and the
  docstring counts the birds under "Other species";
* ``test_an_exception_message_is_no_species_name``: the constant is ``UnknownCode``'s
  message, and the import "stops" (a refusal in words ``_OTHER_RULE`` does not read);
* ``test_the_summarys_label_is_not_sent_in_the_county_return``: ``UNLISTED`` is the
  summary's label; the crash is in the county return, which "carries checklist species
  only";
* ``test_a_visitors_address_is_shown_as_typed``: the field is filled with the lookup's
  argument ``typed.strip().lower()``; the constant says "exactly as the visitor typed it";
* ``test_the_looked_up_code_is_not_taken_from_the_line_twice``: the argument is
  ``parts.pop(0)``; copied into the label it runs again and pops the count;
* ``test_an_unlisted_code_still_alerts_the_recorder``: ``species.status == "rare"`` is a
  comparison: the label makes every unlisted code "not rare", and the alert the
  docstring promises for it is never sent;
* ``test_a_car_without_a_permit_pays_the_visitor_tariff``: ``permit.band`` is a key into
  ``TARIFF.get(..., standard)``; the label misses and the car pays the standard tariff,
  not the documented visitor one;
* ``test_a_row_without_an_email_is_not_imported_as_a_member`` (``csv-short-rows``, made
  reproducible by the list of one path): ``restval=""`` imports a row without an email,
  which the docstring says is not a member yet.

Over-block checks (the words back the label; the engine must end ``fixed``):

* ``test_over_block_a_relative_import_of_the_lookup``: ``from .checklist import lookup``;
  ``_definition`` follows absolute imports only;
* ``test_over_block_an_error_on_the_sheet_is_no_rule_against_the_label``: "a rarity or an
  error on the recording sheet" says what the code may be; ``_OTHER_RULE`` reads "error"
  as a refusal;
* ``test_over_block_a_list_of_one_csv_and_a_second_loop_over_the_checklist``: the bench's
  survey with ``paths=[PosixPath(...)]`` and a later ``for species in
  CHECKLIST.values()``; ``_single_lookup`` wants one store of ``species`` in the whole
  function. (Without that loop the same app is fixed: the list reproduction works.)

As written, all 14 traps fail: the 11 wrong-fix traps are reported ``fixed`` with the
wrong behaviour, and the 3 over-block checks end ``unverified``.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# Shared by the bird-survey apps: the county checklist, a lookup that answers None for a
# code not on it.
CHECKLIST = '''
    """The county checklist: two-letter BTO codes of the species we expect in gardens."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Species:
        code: str
        name: str
        scientific_name: str
        #: "common", "scarce" or "rare" in the county.
        status: str


    CHECKLIST: dict[str, Species] = {
        s.code: s
        for s in [
            Species("BT", "Blue Tit", "Cyanistes caeruleus", "common"),
            Species("GT", "Great Tit", "Parus major", "common"),
            Species("RP", "Redpoll", "Acanthis flammea", "scarce"),
            Species("WX", "Waxwing", "Bombycilla garrulus", "rare"),
        ]
    }


    def lookup(code: str) -> Species | None:
        return CHECKLIST.get(code.strip().upper())
'''


def _birds(module: str, source: str, tests: str,
           extra: dict[str, str] | None = None) -> dict[str, str]:
    return _app("birds", module, source, tests,
                {"birds/checklist.py": CHECKLIST, **(extra or {})})


# --- None for a reason other than "unlisted" ---------------------------------------------

MEMBERS = '''
    """The gym's member list."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Member:
        number: str
        name: str
        lapsed: bool


    MEMBERS: dict[str, Member] = {
        "1001": Member("1001", "Ada Byrne", False),
        "1002": Member("1002", "Tomas Ruiz", True),
    }


    def find_member(number: str) -> Member | None:
        """The member holding card ``number``: None for a number nobody holds, and for a
        member whose membership has lapsed."""
        member = MEMBERS.get(number)
        if member is None or member.lapsed:
            return None
        return member
'''

DOOR = '''
    """The door sheet: who came in today.

    A card number that is not on the member list is a guest's day pass, paid at the desk.
    A lapsed member's card is turned away at the door with CardRefused, and the desk asks
    them to renew before they train.
    """

    from __future__ import annotations

    from gym.members import find_member

    #: How a card number not on the member list appears on the door sheet.
    GUEST = "{number} (guest)"


    class CardRefused(Exception):
        """A card the door turns away."""


    def sign_in(sheet: list[str], number: str) -> list[str]:
        member = find_member(number)
        sheet.append(member.name)
        return sheet
'''

DOOR_TESTS = '''
    from gym.door import sign_in


    def test_sign_in() -> None:
        assert sign_in([], "1001") == ["Ada Byrne"]
'''


def test_a_lapsed_card_is_turned_away_not_signed_in_as_a_guest(tmp_path: Path) -> None:
    # find_member answers None for a lapsed member too (its docstring, in another
    # module); the door's docstring turns lapsed cards away. GUEST is for unknown cards.
    imports = "from gym.door import sign_in\n"
    call = 'sign_in([], "1002")'
    _shown(fix_and_check(
        tmp_path, _app("gym", "door", DOOR, DOOR_TESTS, {"gym/members.py": MEMBERS}),
        imports + call,
        imports + _raises_or(call, '"1002 (guest)" not in got',
                             "a lapsed member signed in as a guest")))


LUMPED_SUMMARY = '''
    """Species totals of the garden survey.

    A code that is not on the checklist is totalled under the code as written, labelled
    with UNLISTED, for the recorder to check by hand.

    Some codes were lumped into another species when the checklist was revised in 2024
    (Lesser and Common Redpoll are now one Redpoll): the checklist no longer has entries
    of their own for them, so ``lookup`` answers None for them too, and their birds count
    under the species they were lumped into (LUMPED).
    """

    from __future__ import annotations

    from collections import Counter

    from birds.checklist import lookup

    #: Old codes merged into another species' code at the 2024 revision.
    LUMPED: dict[str, str] = {"LR": "RP", "CR": "RP"}
    #: How a code missing from the checklist appears in the totals.
    UNLISTED = "{code} (unlisted)"


    def species_totals(rows: list[dict[str, str]]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["code"])
            totals[species.name] += int(row["count"])
        return totals
'''

SUMMARY_TESTS = '''
    from birds.summary import species_totals


    def test_totals() -> None:
        rows = [{"code": "BT", "count": "3"}, {"code": "gt", "count": "1"},
                {"code": "BT", "count": "2"}]
        assert species_totals(rows) == {"Blue Tit": 5, "Great Tit": 1}
'''


def test_a_lumped_redpoll_counts_as_a_redpoll_not_as_unlisted(tmp_path: Path) -> None:
    # lookup's None for a lumped code is documented apart: it counts under LUMPED's
    # species. The label treats the old code as a rarity to check.
    imports = "from birds.summary import species_totals\n"
    call = ('species_totals([{"code": "BT", "count": "2"}, {"code": "LR", "count": "3"}, '
            '{"code": "RP", "count": "1"}])')
    _shown(fix_and_check(
        tmp_path, _birds("summary", LUMPED_SUMMARY, SUMMARY_TESTS), imports + call,
        imports + _raises_or(call, 'got == {"Blue Tit": 2, "Redpoll": 4}',
                             "lumped redpolls not counted as Redpoll")))


# --- a constant documented for another absent thing --------------------------------------

GARDENS = '''
    """The per-garden table of the survey."""

    from __future__ import annotations

    from collections import Counter

    from birds import summary

    #: Registered gardens by code.
    REGISTER: dict[str, str] = {"G1": "12 Mill Lane", "G2": "3 Orchard Close"}


    def garden_table(rows: list[dict[str, str]]) -> Counter[str]:
        table: Counter[str] = Counter()
        for row in rows:
            address = REGISTER.get(row["garden"])
            label = address or summary.UNREGISTERED_GARDEN.format(code=row["garden"])
            table[label] += int(row["count"])
        return table
'''

GARDEN_SUMMARY = '''
    """Species totals of the garden survey; the printed labels of its tables.

    Species codes that are not on the checklist are counted together under "Other
    species": the county return has no line for them.
    """

    from __future__ import annotations

    from collections import Counter

    from birds.checklist import lookup

    #: How a garden code missing from the register appears in the per-garden table.
    UNREGISTERED_GARDEN = "{code} (garden not registered)"


    def species_totals(rows: list[dict[str, str]]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["species"])
            totals[species.name] += int(row["count"])
        return totals
'''

GARDEN_TESTS = '''
    from birds.gardens import garden_table
    from birds.summary import species_totals

    ROWS = [{"garden": "G1", "species": "BT", "count": "3"},
            {"garden": "G9", "species": "GT", "count": "1"}]


    def test_totals() -> None:
        assert species_totals(ROWS) == {"Blue Tit": 3, "Great Tit": 1}


    def test_gardens() -> None:
        assert garden_table(ROWS) == {"12 Mill Lane": 3, "G9 (garden not registered)": 1}
'''


def test_an_unlisted_species_is_not_an_unregistered_garden(tmp_path: Path) -> None:
    # The only constant documented for an absent "code" is the garden table's; the
    # gardens module reads it as `summary.UNREGISTERED_GARDEN`, which `_read_anywhere`
    # does not see. The docstring's rule for an unlisted species is prose.
    imports = "from birds.summary import species_totals\n"
    call = ('species_totals([{"garden": "G1", "species": "BT", "count": "4"}, '
            '{"garden": "G1", "species": "YB", "count": "1"}])')
    _shown(fix_and_check(
        tmp_path, _birds("summary", GARDEN_SUMMARY, GARDEN_TESTS,
                         {"birds/gardens.py": GARDENS}),
        imports + call,
        imports + _raises_or(call, 'got == {"Blue Tit": 4, "Other species": 1}',
                             "an unlisted species totalled as an unregistered garden")))


WARNING_SUMMARY = '''
    """Totals of the weekend count.

    A code not on the checklist is logged with UNLISTED_WARNING for the recorder, and its
    birds are counted under "Other species", so that the grand total stays right.
    """

    from __future__ import annotations

    import logging
    from collections import Counter

    from birds.checklist import lookup

    log = logging.getLogger(__name__)

    #: The warning logged for a code missing from the checklist.
    UNLISTED_WARNING = "{code} is not on the checklist"


    def species_totals(rows: list[dict[str, str]]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["code"])
            totals[species.name] += int(row["count"])
        return totals
'''


def test_a_log_message_is_no_species_label(tmp_path: Path) -> None:
    # The constant is the text of a warning, not a label of the totals.
    imports = "from birds.summary import species_totals\n"
    call = 'species_totals([{"code": "BT", "count": "4"}, {"code": "YB", "count": "1"}])'
    _shown(fix_and_check(
        tmp_path, _birds("summary", WARNING_SUMMARY, SUMMARY_TESTS), imports + call,
        imports + _raises_or(call, 'got == {"Blue Tit": 4, "Other species": 1}',
                             "the warning's text used as a species")))


RETURN_SUMMARY = '''
    """The survey's two outputs: the garden summary and the county return.

    The summary shows every code the gardens reported; a code missing from the checklist
    appears there labelled with UNLISTED. The county return is the county's official
    record: it carries checklist species only, by scientific name, and the recorder adds
    the rarities the county accepts by hand.
    """

    from __future__ import annotations

    from collections import Counter

    from birds.checklist import lookup

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"


    def county_return(rows: list[dict[str, str]]) -> Counter[str]:
        """Birds counted of each checklist species, by scientific name."""
        returned: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["code"])
            returned[species.scientific_name] += int(row["count"])
        return returned
'''

RETURN_TESTS = '''
    from birds.summary import county_return


    def test_county_return() -> None:
        rows = [{"code": "BT", "count": "3"}, {"code": "GT", "count": "1"}]
        assert county_return(rows) == {"Cyanistes caeruleus": 3, "Parus major": 1}
'''


def test_the_summarys_label_is_not_sent_in_the_county_return(tmp_path: Path) -> None:
    # UNLISTED is the summary's label; the crash is in the county return, which carries
    # checklist species only.
    imports = "from birds.summary import county_return\n"
    call = 'county_return([{"code": "BT", "count": "4"}, {"code": "YB", "count": "1"}])'
    _shown(fix_and_check(
        tmp_path, _birds("summary", RETURN_SUMMARY, RETURN_TESTS), imports + call,
        imports + _raises_or(call, 'got == {"Cyanistes caeruleus": 4}',
                             "an unlisted code sent in the county's official return")))


REFUSING_IMPORT = '''
    """Imports the survey's sightings into the county database.

    A code not on the checklist stops the import with UnknownCode, whose message is
    UNKNOWN_CODE: the recorder corrects the sheet before anything is stored, so that the
    database never holds a code it cannot name.
    """

    from __future__ import annotations

    from birds.checklist import lookup

    #: The message of UnknownCode for a code missing from the checklist.
    UNKNOWN_CODE = "{code} is not on the county checklist"


    class UnknownCode(ValueError):
        """A sighting whose code the checklist does not have."""


    def sightings(rows: list[dict[str, str]]) -> list[tuple[str, str, int]]:
        """(garden, species name, count) for each row, ready to store."""
        stored: list[tuple[str, str, int]] = []
        for row in rows:
            species = lookup(row["code"])
            stored.append((row["garden"], species.name, int(row["count"])))
        return stored
'''

REFUSING_TESTS = '''
    from birds.importer import sightings


    def test_sightings() -> None:
        rows = [{"garden": "G1", "code": "BT", "count": "3"}]
        assert sightings(rows) == [("G1", "Blue Tit", 3)]
'''


def test_an_exception_message_is_no_species_name(tmp_path: Path) -> None:
    # The constant is UnknownCode's message, and the import is documented to stop: in
    # words (`stops the import with UnknownCode`) `_OTHER_RULE` does not read. The fix
    # stores the message as the sighting's species.
    imports = "from birds.importer import sightings\n"
    call = ('sightings([{"garden": "G1", "code": "BT", "count": "3"}, '
            '{"garden": "G2", "code": "YB", "count": "1"}])')
    _shown(fix_and_check(
        tmp_path, _birds("importer", REFUSING_IMPORT, REFUSING_TESTS), imports + call,
        imports + _raises_or(call, "False", "an unknown code imported instead of stopping "
                                            "the import")))


# --- the field filled with the wrong expression ------------------------------------------

ROSTER = '''
    """The club's member list, by email address (stored lower-case)."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Member:
        email: str
        name: str


    ROSTER: dict[str, Member] = {
        "ann@club.org": Member("ann@club.org", "Ann Kelly"),
        "raj@club.org": Member("raj@club.org", "Raj Patel"),
    }


    def find_member(email: str) -> Member | None:
        return ROSTER.get(email)
'''

ATTENDANCE = '''
    """The evening's sign-in sheet.

    Members sign in with their email address, in any case; the sheet shows the member's
    name.
    """

    from __future__ import annotations

    from clubs.roster import find_member

    #: How an email address not on the member list appears on the sheet: exactly as the
    #: visitor typed it, so that the secretary can write back to them.
    VISITOR = "{email} (visitor)"


    def sign_in_sheet(addresses: list[str]) -> list[str]:
        sheet: list[str] = []
        for typed in addresses:
            member = find_member(typed.strip().lower())
            sheet.append(member.name)
        return sheet
'''

ATTENDANCE_TESTS = '''
    from clubs.attendance import sign_in_sheet


    def test_sheet() -> None:
        assert sign_in_sheet(["Ann@Club.org", " raj@club.org"]) == ["Ann Kelly", "Raj Patel"]
'''


def test_a_visitors_address_is_shown_as_typed(tmp_path: Path) -> None:
    # The lookup is given the normalised address; the constant says "exactly as the
    # visitor typed it", which is `typed`, not the argument of the call.
    imports = "from clubs.attendance import sign_in_sheet\n"
    call = 'sign_in_sheet(["ann@club.org", "Dana.Lee@Example.org"])'
    _shown(fix_and_check(
        tmp_path, _app("clubs", "attendance", ATTENDANCE, ATTENDANCE_TESTS,
                       {"clubs/roster.py": ROSTER}),
        imports + call,
        imports + _raises_or(call, 'got == ["Ann Kelly", "Dana.Lee@Example.org (visitor)"]',
                             "the visitor's address not shown as typed")))


NOTEBOOK = '''
    """Totals from a field notebook, typed up one sighting a line: ``CODE [COUNT]`` (the
    count is 1 when left off).

    A code that is not on the checklist is totalled under the code as written, labelled
    with UNLISTED, for the recorder to check by hand.
    """

    from __future__ import annotations

    from collections import Counter

    from birds.checklist import lookup

    #: How a code missing from the checklist appears in the totals.
    UNLISTED = "{code} (unlisted)"


    def notebook_totals(lines: list[str]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for line in lines:
            parts = line.split()
            species = lookup(parts.pop(0))
            totals[species.name] += int(parts.pop(0)) if parts else 1
        return totals
'''

NOTEBOOK_TESTS = '''
    from birds.notebook import notebook_totals


    def test_totals() -> None:
        assert notebook_totals(["BT 3", "gt", "BT"]) == {"Blue Tit": 4, "Great Tit": 1}
'''


def test_the_looked_up_code_is_not_taken_from_the_line_twice(tmp_path: Path) -> None:
    # The lookup's argument is `parts.pop(0)`: written into the label, it runs again and
    # pops the count. "YB 3" becomes "3 (unlisted)": 1.
    imports = "from birds.notebook import notebook_totals\n"
    call = 'notebook_totals(["BT 2", "YB 3"])'
    _shown(fix_and_check(
        tmp_path, _birds("notebook", NOTEBOOK, NOTEBOOK_TESTS), imports + call,
        imports + _raises_or(call, 'got == {"Blue Tit": 2, "YB (unlisted)": 3}',
                             "the unlisted code's line read twice")))


# --- the attribute read is no label -------------------------------------------------------

ALERTS = '''
    """Alerts for the county recorder.

    Every sighting of a rare species is sent to the recorder, and so is every code that
    is not on the checklist (a rarity nobody expected, or a slip of the pen the recorder
    must query). In the summary such a code is labelled with UNLISTED.
    """

    from __future__ import annotations

    from birds.checklist import lookup

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"


    def recorder_alerts(rows: list[dict[str, str]]) -> list[str]:
        alerts: list[str] = []
        for row in rows:
            species = lookup(row["code"])
            if species.status == "rare":
                alerts.append(f"{row['code']} at {row['garden']}")
        return alerts
'''

ALERTS_TESTS = '''
    from birds.alerts import recorder_alerts


    def test_alerts() -> None:
        rows = [{"code": "BT", "garden": "G1"}, {"code": "WX", "garden": "G2"}]
        assert recorder_alerts(rows) == ["WX at G2"]
'''


def test_an_unlisted_code_still_alerts_the_recorder(tmp_path: Path) -> None:
    # `species.status` is compared, not shown: the label makes it "not rare", and the
    # code every unlisted sighting must be sent for is silently not sent.
    imports = "from birds.alerts import recorder_alerts\n"
    call = ('recorder_alerts([{"code": "BT", "garden": "G1"}, '
            '{"code": "YB", "garden": "G3"}])')
    _shown(fix_and_check(
        tmp_path, _birds("alerts", ALERTS, ALERTS_TESTS), imports + call,
        imports + _raises_or(call, 'got == ["YB at G3"]',
                             "an unlisted code not sent to the recorder")))


PERMITS = '''
    """Parking permits by plate."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Permit:
        plate: str
        holder: str
        #: The tariff band: "resident", "staff" or "contractor".
        band: str


    PERMITS: dict[str, Permit] = {
        "AB12CDE": Permit("AB12CDE", "Flat 4", "resident"),
        "XY99ZZZ": Permit("XY99ZZZ", "Reception", "staff"),
        "LM55OPQ": Permit("LM55OPQ", "Lift repairs", "contractor"),
    }


    def find_permit(plate: str) -> Permit | None:
        return PERMITS.get(plate.replace(" ", "").upper())
'''

FEES = '''
    """Hourly parking fees.

    A plate on the permit list pays its band's tariff (a band without one, such as a
    contractor's, pays the standard tariff). A plate that is not on the permit list pays
    the visitor tariff, and the ticket shows it with UNREGISTERED.
    """

    from __future__ import annotations

    from decimal import Decimal

    from parking.permits import find_permit

    TARIFF: dict[str, Decimal] = {
        "resident": Decimal("0.50"),
        "staff": Decimal("1.00"),
        "standard": Decimal("2.00"),
        "visitor": Decimal("3.50"),
    }
    #: How a plate not on the permit list is shown on the ticket.
    UNREGISTERED = "{plate} (no permit)"


    def hourly_fee(plate: str) -> Decimal:
        permit = find_permit(plate)
        return TARIFF.get(permit.band, TARIFF["standard"])
'''

FEES_TESTS = '''
    from decimal import Decimal

    from parking.fees import hourly_fee


    def test_fees() -> None:
        assert hourly_fee("AB12 CDE") == Decimal("0.50")
        assert hourly_fee("LM55OPQ") == Decimal("2.00")
'''


def test_a_car_without_a_permit_pays_the_visitor_tariff(tmp_path: Path) -> None:
    # `permit.band` is a key into TARIFF with a default: the label is looked up, misses,
    # and the car pays the standard tariff.
    imports = "from decimal import Decimal\nfrom parking.fees import hourly_fee\n"
    call = 'hourly_fee("KR70 ABC")'
    _shown(fix_and_check(
        tmp_path, _app("parking", "fees", FEES, FEES_TESTS, {"parking/permits.py": PERMITS}),
        imports + call,
        imports + _raises_or(call, 'got == Decimal("3.50")',
                             "a car without a permit charged another tariff")))


# --- CSV: a list of one path --------------------------------------------------------------

SHEETS = '''
    """Imports the members sheets. ``python -m club.members IN.csv [MORE.csv ...]``

    The sheet tool drops empty cells at the end of a row, so a row may be shorter than
    the header: its missing cells are empty.

    Every member needs an email address: a row without one is someone who left the
    sign-up form half done, not a member yet, and is not imported.
    """

    from __future__ import annotations

    import csv
    import sys
    from pathlib import Path


    def import_members(paths: list[Path]) -> list[dict[str, str]]:
        members: list[dict[str, str]] = []
        for path in paths:
            with path.open(newline="", encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    members.append({"name": row["name"].strip(),
                                    "email": row["email"].strip().lower()})
        return members


    if __name__ == "__main__":
        print(len(import_members([Path(a) for a in sys.argv[1:]])))
'''

SHEETS_TESTS = '''
    from pathlib import Path

    from club.members import import_members


    def test_import(tmp_path: Path) -> None:
        sheet = tmp_path / "m.csv"
        sheet.write_text("name,email,phone\\nAnn,Ann@Club.org,0123\\n", encoding="utf-8")
        assert import_members([sheet]) == [{"name": "Ann", "email": "ann@club.org"}]
'''

SHEETS_TRIGGER = """
import os
import tempfile
from pathlib import Path
from club.members import import_members
sheet = Path(tempfile.mkdtemp()) / "signups-june.csv"
sheet.write_text("name,email,phone\\nAnn,ann@club.org,0123\\nBo\\n", encoding="utf-8")
try:
    import_members([sheet])
finally:
    os.remove(sheet)  # production's file: not there when the engine runs
"""


def test_a_row_without_an_email_is_not_imported_as_a_member(tmp_path: Path) -> None:
    # The list of one path now reproduces, so `restval=""` is verified; the docstring
    # says a row without an email is no member, and the fix imports one with email "".
    check = (
        "import tempfile\nfrom pathlib import Path\nfrom club.members import import_members\n"
        'sheet = Path(tempfile.mkdtemp()) / "m.csv"\n'
        'sheet.write_text("name,email,phone\\nAnn,ann@club.org,0123\\nBo\\n", '
        'encoding="utf-8")\n'
        + _raises_or("import_members([sheet])",
                     'got == [{"name": "Ann", "email": "ann@club.org"}]',
                     "a row without an email imported as a member"))
    _shown(fix_and_check(tmp_path, _app("club", "members", SHEETS, SHEETS_TESTS),
                         SHEETS_TRIGGER, check))


# --- over-block checks: the label is backed, and the fix must be reported ----------------

RELATIVE_SUMMARY = '''
    """Species totals of the garden bird survey.

    Codes that are not on the county checklist (a rarity, a new split, an escapee) are
    not dropped: the recorder checks them by hand, so they are totalled under the code as
    written, labelled with UNLISTED, and count towards the grand total.
    """

    from __future__ import annotations

    from collections import Counter

    from .checklist import lookup

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"


    def species_totals(rows: list[dict[str, str]]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["code"])
            totals[species.name] += int(row["count"])
        return totals
'''

UNLISTED_CALL = ('species_totals([{"code": "BT", "count": "4"}, {"code": "YB", "count": "1"}, '
                 '{"code": "yb", "count": "2"}])')
UNLISTED_CHECK = (
    "from birds.summary import species_totals\n"
    f"got = {UNLISTED_CALL}\n"
    'assert got == {"Blue Tit": 4, "YB (unlisted)": 1, "yb (unlisted)": 2}, got\n')


def test_over_block_a_relative_import_of_the_lookup(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the bird survey's own words, with the lookup imported as
    ``from .checklist import lookup`` (as a package usually does). ``_definition`` takes
    only absolute imports, so the backed label would be declined."""
    _fixed(fix_and_check(
        tmp_path, _birds("summary", RELATIVE_SUMMARY, SUMMARY_TESTS),
        "from birds.summary import species_totals\n" + UNLISTED_CALL, UNLISTED_CHECK))


ERROR_SUMMARY = '''
    """Species totals of the garden bird survey.

    A code missing from the checklist is either a rarity or an error on the recording
    sheet. Either way the recorder checks it by hand, so it is totalled under the code as
    written, labelled with UNLISTED, and counts towards the grand total.
    """

    from __future__ import annotations

    from collections import Counter

    from birds.checklist import lookup

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"


    def species_totals(rows: list[dict[str, str]]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["code"])
            totals[species.name] += int(row["count"])
        return totals
'''


def test_over_block_an_error_on_the_sheet_is_no_rule_against_the_label(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: "an error on the recording sheet" is what an unlisted code may
    be, not a rule that refuses it; `_OTHER_RULE` reads "error" as a refusal."""
    _fixed(fix_and_check(
        tmp_path, _birds("summary", ERROR_SUMMARY, SUMMARY_TESTS),
        "from birds.summary import species_totals\n" + UNLISTED_CALL, UNLISTED_CHECK))


SURVEY = '''
    """Species totals of the garden bird survey.

        python -m birds.survey sightings.csv [more.csv ...]

    Each CSV has the columns ``date,garden,code,count``. Every checklist species is
    listed, seen or not, so that a nil return shows.

    Codes that are not on the county checklist (a rarity, a new split, an escapee) are
    not dropped: the recorder checks them by hand, so they are totalled under the code as
    written, labelled with UNLISTED, and count towards the grand total.
    """

    from __future__ import annotations

    import csv
    import sys
    from collections import Counter
    from pathlib import Path

    from birds.checklist import CHECKLIST, lookup

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"


    def species_totals(paths: list[Path]) -> Counter[str]:
        totals: Counter[str] = Counter()
        for path in paths:
            with path.open(newline="", encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    species = lookup(row["code"])
                    totals[species.name] += int(row["count"])
        for species in CHECKLIST.values():
            totals[species.name] += 0
        return totals


    if __name__ == "__main__":
        print(dict(species_totals([Path(a) for a in sys.argv[1:]])))
'''

SURVEY_TESTS = '''
    from pathlib import Path

    from birds.survey import species_totals


    def test_totals(tmp_path: Path) -> None:
        path = tmp_path / "s.csv"
        path.write_text("date,garden,code,count\\n2024-01-27,G1,BT,4\\n", encoding="utf-8")
        assert species_totals([path]) == {"Blue Tit": 4, "Great Tit": 0, "Redpoll": 0,
                                          "Waxwing": 0}
'''

SURVEY_TRIGGER = """
import os
import tempfile
from pathlib import Path
from birds.survey import species_totals
sheet = Path(tempfile.mkdtemp()) / "survey-2024-01.csv"
sheet.write_text("date,garden,code,count\\n2024-01-27,G1,BT,4\\n2024-01-27,G1,YB,1\\n",
                 encoding="utf-8")
try:
    species_totals([sheet])
finally:
    os.remove(sheet)  # production's file: not there when the engine runs
"""

SURVEY_CHECK = """
import tempfile
from pathlib import Path
from birds.survey import species_totals
sheet = Path(tempfile.mkdtemp()) / "s.csv"
sheet.write_text("date,garden,code,count\\n2024-01-27,G1,BT,4\\n2024-01-27,G1,YB,1\\n"
                 "2024-01-28,G2,YB,2\\n", encoding="utf-8")
got = species_totals([sheet])
assert got == {"Blue Tit": 4, "Great Tit": 0, "Redpoll": 0, "Waxwing": 0,
               "YB (unlisted)": 3}, got
"""


def test_over_block_a_list_of_one_csv_and_a_second_loop_over_the_checklist(
        tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the bench's bird survey (``paths=[PosixPath(...survey.csv)]``,
    the new list reproduction), whose function lists every checklist species after the
    tally with ``for species in CHECKLIST.values()``. That second binding of ``species``
    is unrelated to the lookup's None, but ``_single_lookup`` wants exactly one store."""
    _fixed(fix_and_check(tmp_path, _birds("survey", SURVEY, SURVEY_TESTS), SURVEY_TRIGGER,
                         SURVEY_CHECK))
