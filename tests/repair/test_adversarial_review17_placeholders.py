"""Seventeenth adversarial review: ``documented-placeholder-answer``.

``documented-placeholder-answer`` (``candidates/placeholder_answers.py``) answers a
ValueError whose message quotes the value that failed to parse with the one module
constant of text whose comment quotes that value as a placeholder of an absence, where
the crashing function's docstring names the constant: ``if <parsed> == "<value>": return
CONSTANT`` (and ``not <parsed> or ...`` when the comment says "blank" or "empty") is
inserted before the crashing statement. Each wrong-fix trap is a small app whose words
say the constant is not the answer, or not the whole of it; the hidden assertion checks
the behaviour those words give, and a declined fix passes.

Wrong-fix traps:

* ``test_a_price_not_set_reads_on_request_not_as_an_unknown_size``: the constant's
  comment quotes "N/A" for the *size* column; the crash parses the price, documented as
  "on request", and the guard returns the size's "?" as the whole label;
* ``test_an_undated_photos_album_is_not_the_folder_name``: the comment is about the folder
  ``folder_for`` gives; ``album_title`` names the constant only to say which photos go in
  the album "Photos without a date";
* ``test_a_photos_place_keeps_its_file_name``: the function (no return annotation)
  answers a (folder, file name) pair; only the folder is the constant;
* ``test_an_undated_photo_is_still_counted_in_the_tally``: the statements after the parse
  count every photo in the caller's ``tally``, "the undated ones too";
* ``test_an_undated_photo_does_not_end_the_folders_of_an_import``: a generator; the
  guard's ``return`` ends it, the undated photo and every one after it are lost;
* ``test_an_undated_photo_does_not_cut_the_import_summary``: the parse is in a loop; the
  guard's ``return`` answers the whole summary with "undated";
* ``test_an_unreadable_file_still_stops_the_import``: the comment says "empty", but for an
  empty date the EXIF reader failed and the import stops; the guard files it as undated;
* ``test_an_offline_reading_is_noted_for_the_technician``: the comment says every "N/A"
  is also noted in OFFLINE_LOG; the guard returns before noting anything;
* ``test_a_switched_off_sensor_is_labelled_off``: two constants quote "N/A"; the docstring
  gives ``OFFLINE`` for it, but ``OFFLINE: Final = ...`` is an annotated assignment the
  template does not read, so ``NO_READING`` is "the one";
* ``test_a_lowercase_n_a_is_a_calibrating_sensor``: the same comment quotes "N/A" (a
  missing reading) and "n/a" (a calibrating sensor, labelled "calibrating");
* ``test_a_pending_amount_shows_the_estimate``: the comment quotes "pending" to say it is
  *no* missing amount ("no" is an absence word): the line shows the estimate;
* ``test_a_phone_photo_with_the_placeholder_is_filed_by_its_save_time``: the docstring
  names the constant for a blank date only; the placeholder is filed by ``modified``.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_the_templates_own_undated_photo``: the docstring's own example;
* ``test_over_block_a_task_due_someday_has_no_due_date``: ``date.fromisoformat`` on an
  attribute, with the placeholder "someday" of a mobile app.

As written, the 12 wrong-fix traps fail: each is reported ``fixed`` by
``documented-placeholder-answer`` with the wrong behaviour. The 2 over-block checks
pass.

All 14 pass since the rule reads the one sentence quoting the placeholder (an absence,
not negated, nothing more asked, tied to the function by a word), wants the docstring to
give the constant for an absence, and only guards a non-generator `-> str` whose parse is
followed by nothing but names assigned and the return (2026-11-27).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

PLACEHOLDER = "0000:00:00 00:00:00"


# --- the placeholder of another field, another function, another case ---------------------

CATALOGUE = '''
    """Shelf labels of the shop's catalogue."""

    from __future__ import annotations

    #: Size shown for an item of unknown size: the supplier's sheet writes "N/A" for it.
    UNKNOWN_SIZE = "?"


    def shelf_label(row: dict[str, str]) -> str:
        """The shelf label of a catalogue row, ``"M - 12.50 EUR"``.

        The size reads UNKNOWN_SIZE for an item the supplier gave no size for. A price
        the supplier has not set yet ("N/A" in its price column too) reads "on request":
        ``"M - on request"``.
        """
        size = UNKNOWN_SIZE if row["size"] == "N/A" else row["size"]
        price = float(row["price"])
        return f"{size} - {price:.2f} EUR"
'''

CATALOGUE_TESTS = '''
    from shop.labels import shelf_label


    def test_labels() -> None:
        assert shelf_label({"size": "M", "price": "12.5"}) == "M - 12.50 EUR"
        assert shelf_label({"size": "N/A", "price": "3"}) == "? - 3.00 EUR"
'''


def test_a_price_not_set_reads_on_request_not_as_an_unknown_size(tmp_path: Path) -> None:
    # UNKNOWN_SIZE's comment quotes "N/A" for the size column; the crash parses the price.
    imports = "from shop.labels import shelf_label\n"
    call = 'shelf_label({"size": "M", "price": "N/A"})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "labels", CATALOGUE, CATALOGUE_TESTS), imports + call,
        imports + _raises_or(call, 'got == "M - on request"',
                             "a price not set yet not labelled 'on request'")))


PHOTO_HEAD = '''
    """Where the photo importer files a photo."""

    from __future__ import annotations

    from datetime import datetime

    EXIF_FORMAT = "%Y:%m:%d %H:%M:%S"

    #: Folder for photos whose camera recorded no date: a blank DateTimeOriginal, or the
    #: all-zero placeholder ("0000:00:00 00:00:00") cameras write while their clock is unset.
    UNDATED_FOLDER = "undated"
'''

ALBUMS = '''
    """Where the photo importer files a photo, and the album the gallery shows it in."""

    from __future__ import annotations

    from datetime import datetime

    EXIF_FORMAT = "%Y:%m:%d %H:%M:%S"

    #: The folder ``folder_for`` files a photo in when its camera recorded no date: cameras
    #: write the all-zero placeholder ("0000:00:00 00:00:00") while their clock is unset.
    UNDATED_FOLDER = "undated"


    def folder_for(taken: str) -> str:
        """``YYYY/MM`` of an EXIF date."""
        if taken.strip() == "0000:00:00 00:00:00":
            return UNDATED_FOLDER
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%Y}/{stamp:%m}"


    def album_title(taken: str) -> str:
        """The title of the gallery's album a photo is shown in, ``"May 2024"``.

        The photos filed in UNDATED_FOLDER are shown in the album "Photos without a date".
        """
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%B %Y}"
'''

ALBUMS_TESTS = '''
    from photosort.plan import album_title, folder_for


    def test_folders() -> None:
        assert folder_for("2024:05:01 10:00:00") == "2024/05"
        assert folder_for("0000:00:00 00:00:00") == "undated"


    def test_album_title() -> None:
        assert album_title("2024:05:01 10:00:00") == "May 2024"
'''


def test_an_undated_photos_album_is_not_the_folder_name(tmp_path: Path) -> None:
    # The comment documents `folder_for`'s answer; `album_title` names the constant only to
    # say which photos go in the album "Photos without a date".
    imports = "from photosort.plan import album_title\n"
    call = f"album_title({PLACEHOLDER!r})"
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", ALBUMS, ALBUMS_TESTS), imports + call,
        imports + _raises_or(call, 'got == "Photos without a date"',
                             "an undated photo's album titled after the folder")))


PLACES = PHOTO_HEAD + '''

    def place(name: str, taken: str):
        """Where the importer puts a photo: its (folder, file name).

        The folder is ``YYYY/MM`` of the EXIF date, or UNDATED_FOLDER for a photo without
        a date; the file name is kept as the camera wrote it.
        """
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%Y}/{stamp:%m}", name
'''

PLACES_TESTS = '''
    from photosort.plan import place


    def test_place() -> None:
        assert place("IMG_0001.JPG", "2024:05:01 10:00:00") == ("2024/05", "IMG_0001.JPG")
'''


def test_a_photos_place_keeps_its_file_name(tmp_path: Path) -> None:
    # No return annotation: the answer is a (folder, name) pair, only the folder is the
    # constant.
    imports = "from photosort.plan import place\n"
    call = f'place("IMG_0002.JPG", {PLACEHOLDER!r})'
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", PLACES, PLACES_TESTS), imports + call,
        imports + _raises_or(call, 'got == ("undated", "IMG_0002.JPG")',
                             "an undated photo's place is not (folder, name)")))


# --- a guard that returns past what must still happen ------------------------------------

TALLY = PHOTO_HEAD + '''

    def folder_for(taken: str, tally: dict[str, int]) -> str:
        """``YYYY/MM`` of an EXIF date, or UNDATED_FOLDER for a photo without a date.

        Every photo is counted in ``tally`` under its folder, the undated ones too: the
        import's summary prints the counts ("undated: 3").
        """
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        folder = f"{stamp:%Y}/{stamp:%m}"
        tally[folder] = tally.get(folder, 0) + 1
        return folder
'''

TALLY_TESTS = '''
    from photosort.plan import folder_for


    def test_tally() -> None:
        tally: dict[str, int] = {}
        assert folder_for("2024:05:01 10:00:00", tally) == "2024/05"
        assert folder_for("2024:05:09 10:00:00", tally) == "2024/05"
        assert tally == {"2024/05": 2}
'''


def test_an_undated_photo_is_still_counted_in_the_tally(tmp_path: Path) -> None:
    # The guard returns before the photo is counted; the docstring counts undated ones too.
    imports = "from photosort.plan import folder_for\ntally = {}\n"
    call = f"folder_for({PLACEHOLDER!r}, tally)"
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", TALLY, TALLY_TESTS), imports + call,
        imports + _raises_or(call, 'got == "undated" and tally == {"undated": 1}',
                             "an undated photo not counted in the tally")))


FOLDERS = PHOTO_HEAD + '''

    def folders(dates: list[str]):
        """The folder of each photo of an import, in order: ``YYYY/MM`` of its EXIF date,
        or UNDATED_FOLDER for a photo without a date."""
        for taken in dates:
            stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
            yield f"{stamp:%Y}/{stamp:%m}"
'''

FOLDERS_TESTS = '''
    from photosort.plan import folders


    def test_folders() -> None:
        got = list(folders(["2024:05:01 10:00:00", "2024:06:01 10:00:00"]))
        assert got == ["2024/05", "2024/06"]
'''


def test_an_undated_photo_does_not_end_the_folders_of_an_import(tmp_path: Path) -> None:
    # A generator: `return UNDATED_FOLDER` stops it; nothing more is yielded.
    imports = "from photosort.plan import folders\n"
    call = f'list(folders(["2024:05:01 10:00:00", {PLACEHOLDER!r}, "2024:06:01 10:00:00"]))'
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", FOLDERS, FOLDERS_TESTS), imports + call,
        imports + _raises_or(call, 'got == ["2024/05", "undated", "2024/06"]',
                             "the folders of an import cut at an undated photo")))


SUMMARY = PHOTO_HEAD + '''

    def summary(photos: list[tuple[str, str]]) -> str:
        """The import's summary, one line per photo: ``IMG_0001.JPG -> 2024/05``, or
        ``IMG_0002.JPG -> undated`` (UNDATED_FOLDER) for a photo without a date."""
        lines = []
        for name, taken in photos:
            stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
            lines.append(f"{name} -> {stamp:%Y}/{stamp:%m}")
        return "\\n".join(lines)
'''

SUMMARY_TESTS = '''
    from photosort.plan import summary


    def test_summary() -> None:
        got = summary([("A.JPG", "2024:05:01 10:00:00"), ("B.JPG", "2024:06:01 10:00:00")])
        assert got == "A.JPG -> 2024/05\\nB.JPG -> 2024/06"
'''


def test_an_undated_photo_does_not_cut_the_import_summary(tmp_path: Path) -> None:
    # The parse is in a loop: `return UNDATED_FOLDER` answers the whole summary.
    imports = "from photosort.plan import summary\n"
    call = (f'summary([("A.JPG", "2024:05:01 10:00:00"), ("B.JPG", {PLACEHOLDER!r}), '
            '("C.JPG", "2024:06:01 10:00:00")])')
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", SUMMARY, SUMMARY_TESTS), imports + call,
        imports + _raises_or(
            call, 'got == "A.JPG -> 2024/05\\nB.JPG -> undated\\nC.JPG -> 2024/06"',
            "the import summary cut at an undated photo")))


UNREADABLE = '''
    """Where the photo importer files a photo."""

    from __future__ import annotations

    from datetime import datetime

    EXIF_FORMAT = "%Y:%m:%d %H:%M:%S"

    #: Folder for photos whose camera recorded no date: the all-zero placeholder
    #: ("0000:00:00 00:00:00") cameras write while their clock is unset. An empty
    #: DateTimeOriginal is another matter: the EXIF reader gives it for a file it could
    #: not read at all.
    UNDATED_FOLDER = "undated"


    def folder_for(taken: str) -> str:
        """``YYYY/MM`` of an EXIF date; UNDATED_FOLDER for a photo without a date.

        An empty ``taken`` means the EXIF reader could not read the file: the import stops
        at it, so that the file is copied from the card again before anything is filed.
        """
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%Y}/{stamp:%m}"
'''

UNREADABLE_TESTS = '''
    from photosort.plan import folder_for


    def test_folder() -> None:
        assert folder_for("2024:05:01 10:00:00") == "2024/05"
'''


def test_an_unreadable_file_still_stops_the_import(tmp_path: Path) -> None:
    # "empty" in the comment makes the guard answer a blank date with UNDATED_FOLDER; an
    # empty date is an unreadable file, and the import stops at it.
    imports = "from photosort.plan import folder_for\n"
    call = f"folder_for({PLACEHOLDER!r})"
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", UNREADABLE, UNREADABLE_TESTS), imports + call,
        imports + _raises_or('folder_for("")', "False", "an unreadable file filed") +
        imports + _raises_or('folder_for("   ")', "False", "an unreadable file filed")))


# --- what the comment says besides the constant --------------------------------------------

OFFLINE_LOG = '''
    """The dashboard's labels of the greenhouse sensors' readings."""

    from __future__ import annotations

    #: The sensors the logger could not read, for the technician's round: one name a line.
    OFFLINE_LOG: list[str] = []

    #: Label of a missing reading: the logger writes "N/A" for a sensor that did not
    #: answer, and every such reading is also noted in OFFLINE_LOG under its sensor's name.
    NO_READING = "--"


    def label(sensor: str, raw: str) -> str:
        """The dashboard label of a sensor's raw reading, ``"21.5 C"``; NO_READING for a
        missing one."""
        value = float(raw)
        return f"{value:.1f} C"
'''

OFFLINE_LOG_TESTS = '''
    from greenhouse.dashboard import OFFLINE_LOG, label


    def test_label() -> None:
        assert label("north", "21.46") == "21.5 C"
        assert OFFLINE_LOG == []
'''


def test_an_offline_reading_is_noted_for_the_technician(tmp_path: Path) -> None:
    # The comment: every "N/A" is also noted in OFFLINE_LOG; the guard returns at once.
    imports = "from greenhouse.dashboard import OFFLINE_LOG, label\n"
    call = 'label("north", "N/A")'
    _shown(fix_and_check(
        tmp_path, _app("greenhouse", "dashboard", OFFLINE_LOG, OFFLINE_LOG_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == "--" and OFFLINE_LOG == ["north"]',
                             "an 'N/A' reading not noted in OFFLINE_LOG")))


SWITCHED_OFF = '''
    """The dashboard's labels of the greenhouse sensors' readings."""

    from __future__ import annotations

    from typing import Final

    #: Label of a sensor the operator switched off: there is no reading, and the logger
    #: writes "N/A" for it.
    OFFLINE: Final = "off"

    #: Label of a missing reading: a blank cell of the logger's file, or "N/A" in the files
    #: of the old logger, which had no other way of marking one.
    NO_READING = "--"


    def label(raw: str) -> str:
        """The dashboard label of a raw reading of the current logger, ``"21.5 C"``.

        NO_READING for a blank cell, OFFLINE for a sensor switched off ("N/A").
        """
        value = float(raw)
        return f"{value:.1f} C"
'''

SENSOR_TESTS = '''
    from greenhouse.dashboard import label


    def test_label() -> None:
        assert label("21.46") == "21.5 C"
'''


def test_a_switched_off_sensor_is_labelled_off(tmp_path: Path) -> None:
    # Two constants quote "N/A"; the annotated `OFFLINE: Final = "off"` is not read, so
    # NO_READING is "the one", and the docstring names it (for a blank cell).
    imports = "from greenhouse.dashboard import label\n"
    call = 'label("N/A")'
    _shown(fix_and_check(
        tmp_path, _app("greenhouse", "dashboard", SWITCHED_OFF, SENSOR_TESTS), imports + call,
        imports + _raises_or(call, 'got == "off"', "a switched-off sensor not labelled off")))


CALIBRATING = '''
    """The dashboard's labels of the greenhouse sensors' readings."""

    from __future__ import annotations

    #: Label of a missing reading: the logger writes "N/A" for a sensor that did not
    #: answer. A lowercase "n/a" is what a sensor sends while it calibrates, and the
    #: dashboard labels such a reading "calibrating".
    NO_READING = "--"


    def label(raw: str) -> str:
        """The dashboard label of a raw reading, ``"21.5 C"``; NO_READING for a missing
        one."""
        value = float(raw)
        return f"{value:.1f} C"
'''


def test_a_lowercase_n_a_is_a_calibrating_sensor(tmp_path: Path) -> None:
    # The same comment quotes "N/A" (missing) and "n/a" (calibrating); the failing value
    # is "n/a", which is quoted, with "missing" elsewhere in the comment.
    imports = "from greenhouse.dashboard import label\n"
    call = 'label("n/a")'
    _shown(fix_and_check(
        tmp_path, _app("greenhouse", "dashboard", CALIBRATING, SENSOR_TESTS), imports + call,
        imports + _raises_or(call, 'got == "calibrating"',
                             "a calibrating sensor labelled as a missing reading")))


EXPENSES = '''
    """The expense report's cells."""

    from __future__ import annotations

    #: Amount cell of an expense line without an amount: a blank cell. A "pending" in the
    #: amount column is no missing amount: the receipt is with the accountant, and the
    #: line shows the amount the employee estimated, from its "estimate" column.
    NO_AMOUNT = "-"


    def amount_cell(line: dict[str, str]) -> str:
        """The report's amount cell of an expense line, ``"12.50"``; NO_AMOUNT for a line
        without an amount."""
        amount = float(line["amount"])
        return f"{amount:.2f}"
'''

EXPENSES_TESTS = '''
    from expenses.report import amount_cell


    def test_amount_cell() -> None:
        assert amount_cell({"amount": "12.5", "estimate": ""}) == "12.50"
'''


def test_a_pending_amount_shows_the_estimate(tmp_path: Path) -> None:
    # The comment quotes "pending" to say it is *no* missing amount ("no" is an absence
    # word); the line shows the estimate.
    imports = "from expenses.report import amount_cell\n"
    call = 'amount_cell({"amount": "pending", "estimate": "40"})'
    _shown(fix_and_check(
        tmp_path, _app("expenses", "report", EXPENSES, EXPENSES_TESTS), imports + call,
        imports + _raises_or(call, 'got == "40.00"',
                             "a pending amount not shown as its estimate")))


PHONE = PHOTO_HEAD + '''

    def phone_folder(taken: str, modified: datetime) -> str:
        """The folder of a photo from the phone app's upload: ``YYYY/MM`` of its EXIF date.

        A photo with a blank date goes to UNDATED_FOLDER. Phones write the all-zero
        placeholder for a photo an editing app saved; it is filed by ``modified``, the time
        the editing app saved it.
        """
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%Y}/{stamp:%m}"
'''

PHONE_TESTS = '''
    from datetime import datetime

    from photosort.plan import phone_folder


    def test_phone_folder() -> None:
        assert phone_folder("2024:05:01 10:00:00", datetime(2024, 5, 2)) == "2024/05"
'''


def test_a_phone_photo_with_the_placeholder_is_filed_by_its_save_time(
        tmp_path: Path) -> None:
    # The docstring names UNDATED_FOLDER for a blank date; the placeholder is filed by
    # `modified`.
    imports = "from datetime import datetime\nfrom photosort.plan import phone_folder\n"
    call = f"phone_folder({PLACEHOLDER!r}, datetime(2024, 7, 3, 18, 0))"
    _shown(fix_and_check(
        tmp_path, _app("photosort", "plan", PHONE, PHONE_TESTS), imports + call,
        imports + _raises_or(call, 'got == "2024/07"',
                             "a phone photo saved by an editing app not filed by its time")))


# --- over-block checks: the fix is backed, and must be reported ---------------------------

UNDATED = PHOTO_HEAD + '''

    def folder_for(taken: str) -> str:
        """``YYYY/MM`` of an EXIF date; UNDATED_FOLDER for a photo without a date."""
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%Y}/{stamp:%m}"
'''

UNDATED_TESTS = '''
    from photosort.plan import folder_for


    def test_folder() -> None:
        assert folder_for("2024:05:01 10:00:00") == "2024/05"
'''


def test_over_block_the_templates_own_undated_photo(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template docstring's own photo: the placeholder and a blank
    date get UNDATED_FOLDER; a corrupt date still raises."""
    imports = "from photosort.plan import folder_for\n"
    call = f"folder_for({PLACEHOLDER!r})"
    _fixed(fix_and_check(
        tmp_path, _app("photosort", "plan", UNDATED, UNDATED_TESTS), imports + call,
        imports + f"assert {call} == 'undated'\n"
        "assert folder_for('') == 'undated'\n"
        "assert folder_for('2024:05:01 10:00:00') == '2024/05'\n"
        "try:\n    folder_for('2024:13:45 10:00:00')\nexcept ValueError:\n    pass\n"
        "else:\n    raise AssertionError('a corrupt date filed')\n"))


TASKS = '''
    """Due labels of the to-do list."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date

    #: Label of a task without a due date; the mobile app sends the placeholder "someday"
    #: for it.
    NO_DUE_DATE = "no due date"


    @dataclass
    class Task:
        title: str
        due: str


    def due_label(task: Task) -> str:
        """The due label of a task, ``"due 2 Jun 2025"``; NO_DUE_DATE for a task without a
        due date."""
        day = date.fromisoformat(task.due)
        return f"due {day.day} {day:%b %Y}"
'''

TASKS_TESTS = '''
    from todo.labels import Task, due_label


    def test_due_label() -> None:
        assert due_label(Task("Tax return", "2025-06-02")) == "due 2 Jun 2025"
'''


def test_over_block_a_task_due_someday_has_no_due_date(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: ``date.fromisoformat(task.due)`` with the placeholder "someday"
    the comment of NO_DUE_DATE quotes for a task without a due date."""
    imports = "from todo.labels import Task, due_label\n"
    call = 'due_label(Task("Paint the shed", "someday"))'
    _fixed(fix_and_check(
        tmp_path, _app("todo", "labels", TASKS, TASKS_TESTS), imports + call,
        imports + f"assert {call} == 'no due date'\n"
        "assert due_label(Task('Tax return', '2025-06-02')) == 'due 2 Jun 2025'\n"
        "try:\n    due_label(Task('x', 'next week'))\nexcept ValueError:\n    pass\n"
        "else:\n    raise AssertionError('a date it cannot read labelled')\n"))
