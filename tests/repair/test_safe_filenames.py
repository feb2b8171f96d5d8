"""A file named after a value holding a path separator: the package's helper that makes
such names safe names it, as sibling code does; nothing is proposed without such a helper
or when its documentation refuses the separator."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.safe_filenames import SafeFileName
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

NAMING = '''
    """File names for per-customer documents."""
    import re

    _SEPARATORS = re.compile(r"[/\\\\\\\\]+")


    def safe_filename(customer: str, suffix: str = ".csv") -> str:
        """The customer's file name: path separators ('/' and '\\\\') turned into '-'."""
        return _SEPARATORS.sub("-", customer.strip()) + suffix
'''

STATEMENTS = '''
    """One statement per customer in OUTDIR, and index.txt listing them."""
    from pathlib import Path

    from docs.naming import safe_filename


    def write_statement(out_dir: Path, customer: str, total: str) -> Path:
        path = out_dir / f"{customer}.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write(f"total,{total}\\n")
        return path


    def write_index(out_dir: Path, customers: list[str]) -> Path:
        index = out_dir / "index.txt"
        index.write_text("".join(f"{n}\\n" for n in sorted(map(safe_filename, customers))))
        return index


    def main(out_dir: Path, totals: dict[str, str]) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        for customer, total in totals.items():
            write_statement(out_dir, customer, total)
        write_index(out_dir, list(totals))
'''

MESSAGE = "[Errno 2] No such file or directory: '/srv/out/statements/AC/DC Ltd.csv'"


def _propose(tmp_path: Path, naming: str = NAMING, statements: str = STATEMENTS,
             customer: str = "'AC/DC Ltd'") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"docs/__init__.py": "", "docs/naming.py": naming,
                                         "docs/statements.py": statements},
                              "docs/statements.py", 'with path.open("w"', "FileNotFoundError",
                              MESSAGE, {"out_dir": "PosixPath('/srv/out/statements')",
                                        "customer": customer, "total": "'10.00'"})
    return list(SafeFileName().propose(site, analysis))


def test_the_helper_names_the_file(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["docs/statements.py"]
    assert after == textwrap.dedent(STATEMENTS).lstrip("\n").replace(
        'path = out_dir / f"{customer}.csv"', "path = out_dir / safe_filename(customer)")
    assert 'index = out_dir / "index.txt"' in after  # the rest untouched
    assert found[0].contract is not None and "turned into" in found[0].contract


def test_a_helper_without_a_suffix_replaces_the_value_only(tmp_path: Path) -> None:
    plain = NAMING.replace(', suffix: str = ".csv"', "").replace(" + suffix", "")
    found = _propose(tmp_path, plain)
    assert len(found) == 1
    after = found[0].edits["docs/statements.py"]
    assert 'path = out_dir / f"{safe_filename(customer)}.csv"' in after


def test_a_helper_whose_suffix_differs_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, NAMING.replace('".csv") -> str', '".txt") -> str')) == []


def test_a_helper_refusing_separators_backs_nothing(tmp_path: Path) -> None:
    refusing = NAMING.replace("turned into '-'", "are rejected, never replaced")
    assert refusing != NAMING
    assert _propose(tmp_path, refusing) == []


def test_a_helper_no_sibling_uses_backs_nothing(tmp_path: Path) -> None:
    alone = STATEMENTS.replace("sorted(map(safe_filename, customers))", "sorted(customers)")
    assert _propose(tmp_path, statements=alone) == []


def test_a_value_without_a_separator_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, customer="'Contoso'") == []


TESTS = '''
    from pathlib import Path

    from docs.statements import main


    def test_statements(tmp_path: Path) -> None:
        main(tmp_path / "out", {"Contoso": "1.00"})
        assert (tmp_path / "out" / "Contoso.csv").exists()
'''


def test_a_customer_with_a_slash_gets_one_file_the_index_names(tmp_path: Path) -> None:
    trigger = ('import tempfile\nfrom pathlib import Path\nfrom docs.statements import main\n'
               'main(Path(tempfile.mkdtemp()) / "statements", '
               '{"Contoso": "1.00", "AC/DC Ltd": "2.00"})')
    check = ('import tempfile\nfrom pathlib import Path\nfrom docs.statements import main\n'
             'out = Path(tempfile.mkdtemp()) / "s"\n'
             'main(out, {"Contoso": "1.00", "AC/DC Ltd": "2.00"})\n'
             'assert sorted(p.name for p in out.iterdir()) == '
             '["AC-DC Ltd.csv", "Contoso.csv", "index.txt"]')
    data = fix_and_check(tmp_path, {"docs/__init__.py": "", "docs/naming.py": NAMING,
                                    "docs/statements.py": STATEMENTS,
                                    "tests/test_statements.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "safe_filename(customer)" in data["patch"]


def test_a_directory_the_missing_path_lies_below_is_given_fresh(tmp_path: Path) -> None:
    from bugstack.repair.reproduce.calls import _scratch_directory
    from bugstack.repair.reproduce.values import Rendered

    site, _ = crash_at(tmp_path, {"docs/__init__.py": "", "docs/naming.py": NAMING,
                                  "docs/statements.py": STATEMENTS},
                       "docs/statements.py", 'with path.open("w"', "FileNotFoundError", MESSAGE)
    assert _scratch_directory(site, Rendered("PosixPath('/srv/out/statements')")) == "statements"
    # A file right in the directory, or a path elsewhere: nothing says production had it.
    assert _scratch_directory(site, Rendered("PosixPath('/srv/out/statements/AC')")) is None
    assert _scratch_directory(site, Rendered("PosixPath('/srv/other')")) is None
    assert _scratch_directory(site, Rendered("'/srv/out/statements'")) is None
