"""A name another module of the package defines, used without importing it."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.moved_names import MovedName
from tests.repair.crash_sites import crash_at

CONFIG = '''
    """Grading thresholds, in one place since 3.0."""

    DISTINCTION_MARK = 70
    PASS_MARK = 40
'''

MARKS = '''
    from __future__ import annotations

    from grading.config import DISTINCTION_MARK


    def outcome(percent: int) -> str:
        if percent >= DISTINCTION_MARK:
            return "distinction"
        if percent >= PASS_MARK:
            return "pass"
        return "fail"
'''


def _proposed(root: Path, files: dict[str, str]) -> list[str]:
    files = {"grading/__init__.py": "", **files}
    site, analysis = crash_at(root, files, "grading/marks.py", "percent >= PASS_MARK",
                              "NameError", "name 'PASS_MARK' is not defined", {"percent": "45"})
    return [c.edits["grading/marks.py"] for c in MovedName().propose(site, analysis)]


def test_the_name_joins_the_import_the_module_already_has(tmp_path: Path) -> None:
    (after,) = _proposed(tmp_path, {"grading/config.py": CONFIG, "grading/marks.py": MARKS})
    before_lines, after_lines = MARKS.strip().splitlines(), after.strip().splitlines()
    changed = [(b, a) for b, a in zip(before_lines, after_lines, strict=True)
               if b.strip() != a.strip()]
    assert changed == [("    from grading.config import DISTINCTION_MARK",
                        "from grading.config import DISTINCTION_MARK, PASS_MARK")]


def test_a_module_the_crashing_one_never_imports_from_backs_nothing(tmp_path: Path) -> None:
    # Adversarial review: the only `MAX_LENGTH` of the package was an upload's limit, not
    # the comment's; a module the crashing one already imports from is the one it meant.
    marks = MARKS.replace("from grading.config import DISTINCTION_MARK",
                          "DISTINCTION_MARK = 70")
    assert _proposed(tmp_path, {"grading/config.py": CONFIG.replace(
        "DISTINCTION_MARK = 70\n    ", ""), "grading/marks.py": marks}) == []


def test_a_close_name_in_scope_or_a_rebound_global_backs_nothing(tmp_path: Path) -> None:
    # Adversarial review: `PASS_MARK` for a parameter `pass_mark` is a misspelling, and a
    # global some function rebinds would be imported with its first value.
    shadowed = MARKS.replace("def outcome(percent: int)", "def outcome(percent: int, "
                             "pass_mark: int = 40)")
    assert _proposed(tmp_path / "close", {"grading/config.py": CONFIG,
                                          "grading/marks.py": shadowed}) == []
    rebound = CONFIG + """

    def lower_the_bar() -> None:
        global PASS_MARK
        PASS_MARK = 35
"""
    assert _proposed(tmp_path / "global", {"grading/config.py": rebound,
                                           "grading/marks.py": MARKS}) == []


def test_two_modules_defining_the_name_back_nothing(tmp_path: Path) -> None:
    assert _proposed(tmp_path, {"grading/config.py": CONFIG, "grading/marks.py": MARKS,
                                "grading/legacy.py": "PASS_MARK = 50\n"}) == []


def test_a_private_name_or_a_circular_import_is_left_alone(tmp_path: Path) -> None:
    circular = CONFIG + "\nfrom grading.marks import outcome\n"
    assert _proposed(tmp_path / "a", {"grading/config.py": circular,
                                      "grading/marks.py": MARKS}) == []
    private = {"grading/config.py": CONFIG.replace("PASS_MARK", "_PASS_MARK"),
               "grading/marks.py": MARKS.replace("PASS_MARK", "_PASS_MARK")}
    files = {"grading/__init__.py": "", **private}
    site, analysis = crash_at(tmp_path / "b", files, "grading/marks.py", ">= _PASS_MARK",
                              "NameError", "name '_PASS_MARK' is not defined")
    assert list(MovedName().propose(site, analysis)) == []


def test_a_name_only_tests_define_is_not_imported(tmp_path: Path) -> None:
    assert _proposed(tmp_path, {"grading/config.py": CONFIG.replace("PASS_MARK = 40\n", ""),
                                "grading/marks.py": MARKS,
                                "grading/tests/test_marks.py": "PASS_MARK = 40\n"}) == []
