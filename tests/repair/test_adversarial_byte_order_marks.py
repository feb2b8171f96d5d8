"""byte_order_marks under review: utf-8-sig is no fix for a file the function does not read
the rows from (a log opened beside text handed in)."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

UPLOADS = '''
    """Uploaded contact sheets."""

    from __future__ import annotations

    import csv
    import io


    def import_sheet(text: str, log_path: str) -> list[str]:
        """The emails of an uploaded sheet; the import is logged."""
        emails = [row["email"] for row in csv.DictReader(io.StringIO(text))]
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(f"{len(emails)} imported\\n")
        return emails
'''

UPLOADS_TESTS = '''
    from pathlib import Path

    from contacts.uploads import import_sheet


    def test_import_sheet(tmp_path: Path) -> None:
        log = tmp_path / "log.txt"
        assert import_sheet("email,name\\na@x.org,A\\n", str(log)) == ["a@x.org"]
        assert log.read_text(encoding="utf-8") == "1 imported\\n"
'''


def test_the_log_file_is_not_the_file_with_the_mark(tmp_path: Path) -> None:
    check = ('import pathlib, tempfile\nfrom contacts.uploads import import_sheet\n'
             'log = pathlib.Path(tempfile.mkdtemp()) / "log.txt"\n'
             'import_sheet("email,name\\na@x.org,A\\n", str(log))\n'
             'assert log.read_bytes() == b"1 imported\\n", log.read_bytes()\n')
    data = fix_and_check(
        tmp_path, {"contacts/__init__.py": "", "contacts/uploads.py": UPLOADS,
                   "tests/__init__.py": "", "tests/test_uploads.py": UPLOADS_TESTS},
        'import pathlib, tempfile\nfrom contacts.uploads import import_sheet\n'
        'import_sheet("\\ufeffemail,name\\na@x.org,A\\n", '
        'str(pathlib.Path(tempfile.mkdtemp()) / "log.txt"))', check)
    assert data is not None
