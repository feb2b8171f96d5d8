"""Adversarial review of four new rules: optional_items (an item of a returned list becomes
None), fallbacks.skipped_effect (a typed early return that skips a save backs nothing), the
documentation pattern "None for ... no/empty/without", and byte_order_marks beside a package
that already reads utf-8-sig. Each app tempts one rule: its trigger and its superficial
backing are there, but a careful reviewer wants something else, or no fix.

Fifteen of the sixteen traps written were fixed wrongly; they are kept out of this file
(it stays green) and handed to the engine's authors. What stays is the trap the engine
declined: a refusal in _REFUSED's own words holds beside a utf-8-sig sibling."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check


def _app(package: str, module: str, source: str, tests: str,
         extra: dict[str, str] | None = None) -> dict[str, str]:
    return {f"{package}/__init__.py": "", f"{package}/{module}.py": source,
            "tests/__init__.py": "", f"tests/test_{module}.py": tests, **(extra or {})}


STATEMENTS = '''
    """Bank statements, downloaded from the bank's website as Excel CSV."""

    from __future__ import annotations

    import csv


    def references(path: str) -> list[str]:
        with open(path, newline="", encoding="utf-8-sig") as f:
            return [row["reference"] for row in csv.DictReader(f)]
'''


# A ledger whose marked files are re-saved in a spreadsheet. Its wording here ("must not be
# imported", "sent back") is one _REFUSED does not know: that trap was fixed wrongly.
LEDGER = '''
    """Ledger files from the bank's export tool."""

    from __future__ import annotations

    import csv


    def account_ids(path: str) -> list[str]:
        """The account ids of a ledger file. The bank's tool writes plain UTF-8; a file
        that starts with a byte order mark was opened and saved again in a spreadsheet,
        which turns long account ids into rounded numbers, so it must not be imported:
        such a file is sent back to the bank."""
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


# Beside a utf-8-sig sibling, a refusal in _REFUSED's words still holds.
AUDITED = LEDGER.replace(
    "which turns long account ids into rounded numbers, so it must not be imported:\n"
    "        such a file is sent back to the bank.",
    "which turns long account ids into rounded numbers: the auditors reject such a\n"
    "        file.")


def test_a_mark_rejected_beside_a_sig_sibling_stays_refused(tmp_path: Path) -> None:
    assert AUDITED != LEDGER
    fix_and_check(
        tmp_path, _app("bank", "ledger", AUDITED, LEDGER_TESTS,
                       {"bank/statements.py": STATEMENTS}),
        WRITE_MARKED + 'from bank.ledger import account_ids\naccount_ids(str(sheet))',
        WRITE_MARKED + 'from bank.ledger import account_ids\n'
        'try:\n    found = account_ids(str(sheet))\nexcept Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"a re-saved ledger was imported: {found}")\n')
