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


# Hole in byte_order_marks: a file whose mark the documentation refuses is read.
LEDGER = '''
    """Ledger files from the bank's export tool."""

    from __future__ import annotations

    import csv


    def account_ids(path: str) -> list[str]:
        """The account ids of a ledger file. The bank's tool writes UTF-8 without a
        byte-order mark; a file that starts with one was opened and saved again in a
        spreadsheet, which turns long account ids into rounded numbers, so such a file
        is refused and fetched again from the bank."""
        with open(path, newline="", encoding="utf-8") as f:
            return [row["account"] for row in csv.DictReader(f)]
'''

LEDGER_TESTS = '''
    from pathlib import Path

    from bank.ledger import account_ids


    def test_account_ids(tmp_path: Path) -> None:
        sheet = tmp_path / "l.csv"
        sheet.write_text("account,amount\\n4711,3\\n", encoding="utf-8")
        assert account_ids(str(sheet)) == ["4711"]
'''

WRITE_MARKED = ('import pathlib, tempfile\n'
                'sheet = pathlib.Path(tempfile.mkdtemp()) / "l.csv"\n'
                'sheet.write_bytes("account,amount\\n4.711E+15,3\\n".encode("utf-8-sig"))\n')


def test_a_file_with_a_mark_documented_as_refused_stays_refused(tmp_path: Path) -> None:
    check = (WRITE_MARKED + 'from bank.ledger import account_ids\n'
             'try:\n    found = account_ids(str(sheet))\nexcept Exception:\n    pass\n'
             'else:\n    raise AssertionError(f"a re-saved ledger was read: {found}")\n')
    data = fix_and_check(
        tmp_path, {"bank/__init__.py": "", "bank/ledger.py": LEDGER,
                   "tests/__init__.py": "", "tests/test_ledger.py": LEDGER_TESTS},
        WRITE_MARKED + 'from bank.ledger import account_ids\naccount_ids(str(sheet))', check)
    assert data is not None


# Holes in byte_order_marks: a mark documented as a signal (cents), and a digest of the file's
PAYOUTS = '''
    """Payout files from the payment provider's two exporters."""

    from __future__ import annotations

    import csv
    from decimal import Decimal


    def total(path: str) -> Decimal:
        """The total paid out in euros. Files of the legacy exporter begin with a
        byte-order mark and give amounts in cents; the new exporter's files give euros.
        The legacy exporter is being phased out."""
        with open(path, newline="", encoding="utf-8") as f:
            return sum((Decimal(row["amount"]) for row in csv.DictReader(f)), Decimal(0))
'''

PAYOUTS_TESTS = '''
    from decimal import Decimal
    from pathlib import Path

    from pay.payouts import total


    def test_total(tmp_path: Path) -> None:
        sheet = tmp_path / "p.csv"
        sheet.write_text("amount,iban\\n12.50,DE1\\n0.50,DE2\\n", encoding="utf-8")
        assert total(str(sheet)) == Decimal("13.00")
'''

WRITE_LEGACY = ('import pathlib, tempfile\n'
                'sheet = pathlib.Path(tempfile.mkdtemp()) / "p.csv"\n'
                'sheet.write_bytes("amount,iban\\n1250,DE1\\n50,DE2\\n".encode("utf-8-sig"))\n')


def test_a_mark_documented_as_the_legacy_exporter_is_not_dropped_unread(
        tmp_path: Path) -> None:
    check = (WRITE_LEGACY + 'from decimal import Decimal\nfrom pay.payouts import total\n'
             'try:\n    found = total(str(sheet))\nexcept Exception:\n    pass\n'
             'else:\n    assert found == Decimal("13.00"), found\n')
    data = fix_and_check(
        tmp_path, {"pay/__init__.py": "", "pay/payouts.py": PAYOUTS,
                   "tests/__init__.py": "", "tests/test_payouts.py": PAYOUTS_TESTS},
        WRITE_LEGACY + 'from pay.payouts import total\ntotal(str(sheet))', check)
    assert data is not None


IMPORTS = '''
    """Member lists uploaded by the clubs."""

    from __future__ import annotations

    import csv
    import hashlib
    import io


    def import_members(path: str) -> tuple[list[str], str]:
        """The members' emails, and the SHA-256 of the uploaded file's bytes, which the
        audit log records to match the upload later."""
        with open(path, newline="", encoding="utf-8") as f:
            text = f.read()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return [row["email"] for row in csv.DictReader(io.StringIO(text))], digest
'''

IMPORTS_TESTS = '''
    import hashlib
    from pathlib import Path

    from clubs.members import import_members


    def test_import_members(tmp_path: Path) -> None:
        sheet = tmp_path / "m.csv"
        sheet.write_text("email,name\\na@x.org,A\\n", encoding="utf-8")
        emails, digest = import_members(str(sheet))
        assert emails == ["a@x.org"]
        assert digest == hashlib.sha256(sheet.read_bytes()).hexdigest()
'''

WRITE_MEMBERS = ('import pathlib, tempfile\n'
                 'sheet = pathlib.Path(tempfile.mkdtemp()) / "m.csv"\n'
                 'sheet.write_bytes("email,name\\na@x.org,A\\n".encode("utf-8-sig"))\n')


def test_dropping_the_mark_keeps_the_digest_of_the_files_bytes(tmp_path: Path) -> None:
    check = (WRITE_MEMBERS + 'import hashlib\nfrom clubs.members import import_members\n'
             'emails, digest = import_members(str(sheet))\n'
             'assert digest == hashlib.sha256(sheet.read_bytes()).hexdigest(), '
             '"the audit digest no longer matches the upload"\n')
    data = fix_and_check(
        tmp_path, {"clubs/__init__.py": "", "clubs/members.py": IMPORTS,
                   "tests/__init__.py": "", "tests/test_members.py": IMPORTS_TESTS},
        WRITE_MEMBERS + 'from clubs.members import import_members\n'
        'import_members(str(sheet))', check)
    assert data is not None
