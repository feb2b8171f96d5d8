"""An environment variable read with no fallback, unset in production, where the code names
a module constant as its default: the read falls back to that constant; nothing is
proposed when the code is silent, calls the variable required, or names several defaults."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unset_settings import UnsetSettingDefault
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

ARCHIVE = '''
    """Where invoices are archived. Production sets ARCHIVE_ROOT."""
    import os

    #: Used when ARCHIVE_ROOT is not set: 'archive' under the working directory.
    DEFAULT_ARCHIVE_ROOT = "archive"
    RETENTION_DAYS = 30


    def archive_path(number: str) -> str:
        """The invoice's PDF under $ARCHIVE_ROOT."""
        return os.path.join(os.environ.get("ARCHIVE_ROOT"), f"{number}.pdf")


    def spool_path(number: str) -> str:
        return os.path.join(os.environ.get("SPOOL_ROOT"), number)
'''

MESSAGE = "expected str, bytes or os.PathLike object, not NoneType"


def _propose(tmp_path: Path, source: str = ARCHIVE, message: str = MESSAGE,
             needle: str = 'os.environ.get("ARCHIVE_ROOT")') -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"billing/__init__.py": "", "billing/paths.py": source},
                              "billing/paths.py", needle, "TypeError", message,
                              {"number": "'INV-7'"})
    return list(UnsetSettingDefault().propose(site, analysis))


def test_an_unset_variable_falls_back_to_the_constant_its_comment_names(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["billing/paths.py"]
    assert after == textwrap.dedent(ARCHIVE).lstrip("\n").replace(
        'os.environ.get("ARCHIVE_ROOT")', 'os.environ.get("ARCHIVE_ROOT", DEFAULT_ARCHIVE_ROOT)')
    assert 'os.environ.get("SPOOL_ROOT"), number' in after  # another read, left alone
    assert found[0].contract is not None and "not set" in found[0].contract


def test_a_docstring_sentence_naming_the_default_backs_it_too(tmp_path: Path) -> None:
    documented = ARCHIVE.replace("    #: Used when ARCHIVE_ROOT is not set: 'archive' under "
                                 "the working directory.\n", "").replace(
        "under $ARCHIVE_ROOT.", "under $ARCHIVE_ROOT, which defaults to DEFAULT_ARCHIVE_ROOT.")
    assert "#:" not in documented
    found = _propose(tmp_path, documented)
    assert len(found) == 1
    assert 'os.getenv' not in found[0].edits["billing/paths.py"]
    assert 'os.environ.get("ARCHIVE_ROOT", DEFAULT_ARCHIVE_ROOT)' in found[0].edits[
        "billing/paths.py"]


def test_getenv_keeps_its_own_spelling(tmp_path: Path) -> None:
    getenv = ARCHIVE.replace('os.environ.get("ARCHIVE_ROOT")', 'os.getenv("ARCHIVE_ROOT")')
    found = _propose(tmp_path, getenv, needle='os.getenv("ARCHIVE_ROOT")')
    assert len(found) == 1
    assert 'os.getenv("ARCHIVE_ROOT", DEFAULT_ARCHIVE_ROOT)' in found[0].edits["billing/paths.py"]


def test_a_constant_the_code_does_not_tie_to_the_variable_backs_nothing(tmp_path: Path) -> None:
    silent = ARCHIVE.replace("#: Used when ARCHIVE_ROOT is not set: 'archive' under the "
                             "working directory.", "#: The folder name used for archives.")
    assert _propose(tmp_path, silent) == []


def test_a_variable_documented_as_required_gets_no_default(tmp_path: Path) -> None:
    required = ARCHIVE.replace("Production sets ARCHIVE_ROOT.",
                               "ARCHIVE_ROOT is required: the archive must not be guessed.")
    assert _propose(tmp_path, required) == []


def test_two_constants_claimed_as_the_default_back_nothing(tmp_path: Path) -> None:
    both = ARCHIVE.replace("RETENTION_DAYS = 30", "#: Used when ARCHIVE_ROOT is not set on "
                           "the staging box.\n    STAGING_ARCHIVE_ROOT = 'staging'")
    assert _propose(tmp_path, both) == []


def test_a_default_of_none_backs_nothing(tmp_path: Path) -> None:
    none = ARCHIVE.replace('DEFAULT_ARCHIVE_ROOT = "archive"', "DEFAULT_ARCHIVE_ROOT = None")
    assert _propose(tmp_path, none) == []


def test_a_read_with_a_fallback_already_or_another_error_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="unsupported operand type(s) for +: 'int' and 'str'") == []
    given = ARCHIVE.replace('os.environ.get("ARCHIVE_ROOT")', 'os.environ.get("ARCHIVE_ROOT", "")')
    assert _propose(tmp_path, given, needle='os.environ.get("ARCHIVE_ROOT", "")') == []


TESTS = '''
    import os

    from billing.paths import archive_path


    def test_archive_path_when_set(monkeypatch):
        monkeypatch.setenv("ARCHIVE_ROOT", "/srv/archive")
        assert archive_path("INV-1") == os.path.join("/srv/archive", "INV-1.pdf")
'''

TRIGGER = ('import os\nos.environ.pop("ARCHIVE_ROOT", None)\n'
           'from billing.paths import archive_path\narchive_path("INV-7")')


def test_an_unset_archive_root_archives_under_the_default(tmp_path: Path) -> None:
    check = ('import os\nos.environ.pop("ARCHIVE_ROOT", None)\n'
             'from billing.paths import archive_path\n'
             'assert archive_path("INV-7") == os.path.join("archive", "INV-7.pdf")\n'
             'os.environ["ARCHIVE_ROOT"] = "/srv/a"\n'
             'assert archive_path("INV-7") == os.path.join("/srv/a", "INV-7.pdf")')
    data = fix_and_check(tmp_path, {"billing/__init__.py": "", "billing/paths.py": ARCHIVE,
                                    "tests/test_paths.py": TESTS}, TRIGGER, check)
    assert data is not None and data["status"] == "fixed"
    assert 'os.environ.get("ARCHIVE_ROOT", DEFAULT_ARCHIVE_ROOT)' in data["patch"]


def test_a_required_archive_root_is_not_given_a_guessed_default(tmp_path: Path) -> None:
    # Adversarial: the module says the variable must be set; a default folder would archive
    # invoices where nobody looks. The engine must decline rather than pick the constant.
    required = ARCHIVE.replace(
        "Production sets ARCHIVE_ROOT.",
        "ARCHIVE_ROOT must be set; DEFAULT_ARCHIVE_ROOT is only the folder name tests use.")
    check = ('import os\nos.environ.pop("ARCHIVE_ROOT", None)\n'
             'from billing.paths import archive_path\n'
             'try:\n    archive_path("INV-7")\n'
             'except (TypeError, KeyError, ValueError, RuntimeError):\n'
             '    pass\nelse:\n    raise AssertionError("an unset ARCHIVE_ROOT was guessed")')
    data = fix_and_check(tmp_path, {"billing/__init__.py": "", "billing/paths.py": required,
                                    "tests/test_paths.py": TESTS}, TRIGGER, check)
    assert data is not None
    assert data["status"] == "not_fixed" and "DEFAULT_ARCHIVE_ROOT)" not in data["patch"]
