"""safe_filenames under review: a helper that names another kind of document (its own
suffix ``.pdf``) or that sibling code never uses is not taken for the statements' file
name, and creating the folder the separator makes is never the answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import fix_and_check
from tests.repair.test_safe_filenames import NAMING, STATEMENTS, TESTS


@pytest.mark.parametrize(("naming", "statements"), [
    (NAMING.replace('".csv") -> str', '".pdf") -> str'), STATEMENTS),
    (NAMING, STATEMENTS.replace("sorted(map(safe_filename, customers))", "sorted(customers)")),
])
def test_a_helper_for_something_else_is_not_taken(tmp_path: Path, naming: str,
                                                  statements: str) -> None:
    data = fix_and_check(
        tmp_path, {"docs/__init__.py": "", "docs/naming.py": naming,
                   "docs/statements.py": statements, "tests/test_statements.py": TESTS},
        'import tempfile\nfrom pathlib import Path\nfrom docs.statements import main\n'
        'main(Path(tempfile.mkdtemp()) / "statements", {"AC/DC Ltd": "2.00"})',
        # How such a customer's file is named is not settled here: no answer is right.
        "raise SystemExit('a file name nothing settles was chosen')")
    assert data is not None and data["status"] != "fixed"
