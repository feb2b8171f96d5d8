"""A record with keys beyond a CSV export's columns: ``extrasaction="ignore"`` on the
writer when the code says the columns are all the file may hold; nothing when it is
silent or refuses such records, and nothing to a writer that already chooses."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.csv_extra_fields import ExtraFieldsLeftOut
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

COMMENT = ("#: The columns the partner imports, in this order, and nothing else: the file\n"
           "#: leaves the company, so no other key of an item may appear in it.\n")

EXPORT = '''
    """The partner export."""
    import csv
    from pathlib import Path

{comment}    COLUMNS = ["sku", "name"]


    def export(items: list[dict], out: Path) -> int:
        """Write every item; a column an item lacks is left empty."""
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for item in items:
                writer.writerow(item)
        return len(items)


    def unrelated(rows: list[dict], out: Path) -> None:
        with out.open("w", newline="") as handle:
            csv.DictWriter(handle, fieldnames=["a"]).writerows(rows)
'''

MESSAGE = "dict contains fields not in fieldnames: 'cost'"


def _source(comment: str = COMMENT, writer: str = "fieldnames=COLUMNS") -> str:
    indented = "".join(f"    {line}\n" for line in comment.splitlines())
    return EXPORT.format(comment=indented).replace("fieldnames=COLUMNS)", f"{writer})", 1)


def _propose(tmp_path: Path, source: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/export.py": source},
                              "shop/export.py", "writer.writerow(item)", "ValueError",
                              MESSAGE)
    return list(ExtraFieldsLeftOut().propose(site, analysis))


def test_documented_columns_leave_other_keys_out(tmp_path: Path) -> None:
    found = _propose(tmp_path, _source())
    assert len(found) == 1
    after = found[0].edits["shop/export.py"]
    assert ('writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")'
            in after)
    # The other writer is untouched.
    assert 'csv.DictWriter(handle, fieldnames=["a"]).writerows(rows)' in after
    assert "nothing else" in found[0].contract


def test_other_wordings_of_the_contract(tmp_path: Path) -> None:
    for index, comment in enumerate((
            "#: The export's columns; other fields of an item are left out.\n",
            "#: Only these columns are written, whatever else an item holds.\n")):
        assert len(_propose(tmp_path / str(index), _source(comment))) == 1, comment


def test_silent_or_refusing_documentation_backs_nothing(tmp_path: Path) -> None:
    for index, comment in enumerate((
            "",
            "#: The columns the partner imports.\n",
            "#: Nothing else may appear: an item with other keys is an error to fix upstream.\n",
            "#: Only these columns; items with extra fields are skipped.\n",
            "#: New keys must be listed here: other fields are rejected.\n")):
        assert _propose(tmp_path / str(index), _source(comment)) == [], comment


def test_a_writer_that_already_chooses_gets_nothing(tmp_path: Path) -> None:
    for index, writer in enumerate(('fieldnames=COLUMNS, extrasaction="raise"',
                                    "fieldnames=COLUMNS, **OPTIONS")):
        assert _propose(tmp_path / str(index), _source(writer=writer)) == [], writer


def test_other_errors_get_nothing(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/export.py": _source()},
                              "shop/export.py", "writer.writerow(item)", "ValueError",
                              "I/O operation on closed file.")
    assert list(ExtraFieldsLeftOut().propose(site, analysis)) == []


TESTS = '''
    from pathlib import Path

    from shop.export import export


    def test_export(tmp_path: Path) -> None:
        assert export([{"sku": "A1", "name": "pen"}], tmp_path / "x.csv") == 1
'''

TRIGGER = '''
    import shutil
    import tempfile
    from pathlib import Path
    from shop.export import export
    outbox = Path(tempfile.mkdtemp())
    try:
        export([{"sku": "A1", "name": "pen", "cost": "0.40"}, {"sku": "B2"}],
               outbox / "partner.csv")
    finally:
        shutil.rmtree(outbox)
'''

CHECK = ('import tempfile\nfrom pathlib import Path\nfrom shop.export import export\n'
         'out = Path(tempfile.mkdtemp()) / "p.csv"\n'
         'assert export([{"sku": "A1", "name": "pen", "cost": "0.4"}, {"sku": "B2"}], out) == 2\n'
         'assert out.read_text().splitlines() == ["sku,name", "A1,pen", "B2,"]')


def test_end_to_end_the_documented_columns_are_written(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"shop/__init__.py": "", "shop/export.py": _source(),
                                    "tests/test_export.py": TESTS}, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert 'extrasaction="ignore"' in data["patch"]


def test_end_to_end_a_silent_export_is_declined(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"shop/__init__.py": "",
                                    "shop/export.py": _source("#: The partner's columns.\n"),
                                    "tests/test_export.py": TESTS}, TRIGGER, CHECK)
    assert data is not None and data["status"] != "fixed", data["patch"]
