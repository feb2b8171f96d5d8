"""closed_handles under review: moving a write into the block must not carry along a
statement that needs the closed file (a checksum of what was written)."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

REPORTS = '''
    """Nightly report files."""

    from __future__ import annotations

    import hashlib
    from pathlib import Path


    def write_report(path: str, lines: list[str], skipped: int = 0) -> str:
        """Write the report and return the SHA-256 of the file as written, for the
        manifest."""
        with open(path, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(line + "\\n")
        if skipped:
            out.write(f"# {skipped} skipped\\n")
        return hashlib.sha256(Path(out.name).read_bytes()).hexdigest()
'''

REPORTS_TESTS = '''
    import hashlib
    from pathlib import Path

    from nightly.reports import write_report


    def test_write_report(tmp_path: Path) -> None:
        target = tmp_path / "r.txt"
        digest = write_report(str(target), ["a", "b"])
        assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
        assert target.read_text(encoding="utf-8") == "a\\nb\\n"
'''


def test_a_checksum_of_the_closed_file_is_not_moved_into_the_block(tmp_path: Path) -> None:
    check = ('import hashlib, pathlib, tempfile\n'
             'from nightly.reports import write_report\n'
             'target = pathlib.Path(tempfile.mkdtemp()) / "r.txt"\n'
             'digest = write_report(str(target), ["a", "b"], skipped=2)\n'
             'assert digest == hashlib.sha256(target.read_bytes()).hexdigest(), '
             'target.read_bytes()\n')
    data = fix_and_check(
        tmp_path, {"nightly/__init__.py": "", "nightly/reports.py": REPORTS,
                   "tests/__init__.py": "", "tests/test_reports.py": REPORTS_TESTS},
        'import tempfile, pathlib\nfrom nightly.reports import write_report\n'
        'write_report(str(pathlib.Path(tempfile.mkdtemp()) / "r.txt"), ["a"], skipped=1)',
        check)
    assert data is not None


# Hole in closed_handles: a line the documentation sends to another file is moved into
EXPORTS = '''
    """Exports read back by the importer."""

    from __future__ import annotations


    def export(rows: list[list[str]], path: str) -> None:
        """Write one comma-separated line per row to ``path``. The importer reads the
        file back and refuses any line that is not a row, so the count of rows never goes
        into it: it goes to a separate ``.count`` file next to it."""
        with open(path, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(",".join(row) + "\\n")
        if rows:
            out.write(f"{len(rows)}\\n")
'''

EXPORTS_TESTS = '''
    from pathlib import Path

    from shipping.exports import export


    def test_export_of_nothing(tmp_path: Path) -> None:
        export([], str(tmp_path / "e.csv"))
        assert (tmp_path / "e.csv").read_text(encoding="utf-8") == ""
'''


def test_a_line_documented_to_go_elsewhere_is_not_written_into_the_export(
        tmp_path: Path) -> None:
    check = ('import pathlib, tempfile\n'
             'from shipping.exports import export\n'
             'target = pathlib.Path(tempfile.mkdtemp()) / "e.csv"\n'
             'export([["a", "b"]], str(target))\n'
             'assert target.read_text(encoding="utf-8") == "a,b\\n", target.read_text()\n')
    data = fix_and_check(
        tmp_path, {"shipping/__init__.py": "", "shipping/exports.py": EXPORTS,
                   "tests/__init__.py": "", "tests/test_exports.py": EXPORTS_TESTS},
        'import tempfile, pathlib\nfrom shipping.exports import export\n'
        'export([["a", "b"]], str(pathlib.Path(tempfile.mkdtemp()) / "e.csv"))',
        check)
    assert data is not None


# Hole in closed_handles: a digest of the closed file on the moved line itself.
SIGNED = '''
    """Price lists sent to the resellers."""

    from __future__ import annotations

    import hashlib
    from pathlib import Path


    def write_prices(path: str, prices: dict[str, str], sign: bool = False) -> None:
        """One ``sku;price`` line per product. A signed list ends with a line holding the
        SHA-256 of every line above it, which the reseller checks."""
        with open(path, "w", encoding="utf-8") as out:
            for sku, price in prices.items():
                out.write(f"{sku};{price}\\n")
        if sign:
            out.write(hashlib.sha256(Path(out.name).read_bytes()).hexdigest() + "\\n")
'''

SIGNED_TESTS = '''
    from pathlib import Path

    from resellers.prices import write_prices


    def test_unsigned(tmp_path: Path) -> None:
        write_prices(str(tmp_path / "p.txt"), {"A1": "3.00"})
        assert (tmp_path / "p.txt").read_text(encoding="utf-8") == "A1;3.00\\n"
'''


def test_a_digest_of_the_written_file_is_not_taken_before_it_is_flushed(
        tmp_path: Path) -> None:
    check = ('import hashlib, pathlib, tempfile\nfrom resellers.prices import write_prices\n'
             'target = pathlib.Path(tempfile.mkdtemp()) / "p.txt"\n'
             'write_prices(str(target), {"A1": "3.00", "B2": "4.50"}, sign=True)\n'
             '*lines, digest = target.read_text(encoding="utf-8").splitlines(keepends=True)\n'
             'assert digest.strip() == hashlib.sha256("".join(lines).encode()).hexdigest(), '
             'target.read_text()\n')
    data = fix_and_check(
        tmp_path, {"resellers/__init__.py": "", "resellers/prices.py": SIGNED,
                   "tests/__init__.py": "", "tests/test_prices.py": SIGNED_TESTS},
        'import pathlib, tempfile\nfrom resellers.prices import write_prices\n'
        'write_prices(str(pathlib.Path(tempfile.mkdtemp()) / "p.txt"), {"A1": "3.00"}, '
        'sign=True)', check)
    assert data is not None
