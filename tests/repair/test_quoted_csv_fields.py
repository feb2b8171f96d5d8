"""A CSV line split by hand is read with the csv module when a quoted field holds the
delimiter; nothing for text that is not CSV, a line without quotes, or a line that still
has the wrong number of fields."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.quoted_csv_fields import QuotedCsvFields
from tests.repair.crash_sites import crash_at

IMPORTER = '''
    """Contacts in and out of spreadsheets."""

    import csv


    def dump(rows, stream):
        csv.writer(stream).writerows(rows)


    def load(text):
        contacts = []
        for line in text.splitlines()[1:]:
            name, email, phone = line.split(",")
            contacts.append((name, email, phone))
        return contacts
'''

LINE = "name, email, phone = line.split("
QUOTED = repr('"Hopper, Grace",grace@example.com,')


def _edits(tmp_path: Path, source: str = IMPORTER, line: str = QUOTED,
           message: str = "too many values to unpack (expected 3)") -> list[str]:
    site, analysis = crash_at(tmp_path, {"c.py": source}, "c.py", LINE, "ValueError",
                              message, {"line": line})
    return [c.edits["c.py"] for c in QuotedCsvFields().propose(site, analysis)]


def _load(edit: str) -> object:
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    return namespace["load"]


def test_the_line_is_read_as_csv(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(IMPORTER).lstrip("\n").replace(
        'line.split(",")', "next(csv.reader([line]))")
    text = 'name,email,phone\n"Hopper, Grace",g@example.com,\n"A ""B"" C",a@example.com,"1, 2"\n'
    assert _load(edit)(text) == [  # type: ignore[operator]
        ("Hopper, Grace", "g@example.com", ""), ('A "B" C', "a@example.com", "1, 2")]


def test_a_module_without_csv_gets_the_import_when_its_docstring_says_csv(
        tmp_path: Path) -> None:
    source = IMPORTER.replace("import csv\n", "").replace(
        "csv.writer(stream).writerows(rows)", "stream.write(str(rows))").replace(
        "Contacts in and out of spreadsheets.", "Contacts read from a CSV export.")
    (edit,) = _edits(tmp_path, source, line=repr('"Hopper, Grace",g@x,1'))
    assert "import csv\n" in edit and "next(csv.reader([line]))" in edit
    loaded = _load(edit)('h\n"Hopper, Grace",g@x,1')  # type: ignore[operator]
    assert loaded == [("Hopper, Grace", "g@x", "1")]


def test_other_delimiters_name_it(tmp_path: Path) -> None:
    source = IMPORTER.replace('line.split(",")', 'line.split(";")').replace(
        "Contacts in and out of spreadsheets.", "Contacts as CSV with semicolons.")
    (edit,) = _edits(tmp_path, source, line=repr('"Hopper; Grace";g@example.com;'))
    assert "next(csv.reader([line], delimiter=';'))" in edit


def test_unrelated_text_unquoted_lines_and_misfits_get_nothing(tmp_path: Path) -> None:
    plain = IMPORTER.replace("import csv\n", "").replace(
        "csv.writer(stream).writerows(rows)", "stream.write(str(rows))").replace(
        "Contacts in and out of spreadsheets.", "Contacts, one per line.")
    assert _edits(tmp_path / "not-csv", plain) == []
    assert _edits(tmp_path / "unquoted", line=repr("Hopper,Grace,g@example.com,")) == []
    assert _edits(tmp_path / "misfit", line=repr('"Hopper, Grace",g@example.com,1,2')) == []
    assert _edits(tmp_path / "cut", line="'\"Hopper, Grace\",g@exam...") == []
    assert _edits(tmp_path / "fewer", message="not enough values to unpack (expected 3, got 2)",
                  line=repr('"Hopper, Grace"')) == []
