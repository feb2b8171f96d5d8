"""optional_arguments under review: a usage line counted without the program name does not
give the argument read from ``argv`` the default of the one after it."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

DIGEST = '''
    """Sign-ups per day, mailed to sales.

        python -m growth.digest SIGNUPS_CSV [WEEKS] [TOP]

    WEEKS defaults to 4. TOP defaults to 10.
    """

    from __future__ import annotations

    import sys


    def main(argv: list[str]) -> str:
        weeks = int(argv[2])
        top = int(argv[3]) if len(argv) > 3 else 10
        return f"{argv[1]}: {weeks} weeks, top {top}"


    if __name__ == "__main__":
        print(main(sys.argv))
'''

DIGEST_TESTS = '''
    from growth.digest import main


    def test_main() -> None:
        assert main(["digest", "s.csv", "2", "5"]) == "s.csv: 2 weeks, top 5"
'''


def test_argv_holding_the_program_name_is_counted_from_one(tmp_path: Path) -> None:
    check = ('from growth.digest import main\n'
             'try:\n    found = main(["digest", "s.csv"])\nexcept IndexError:\n    pass\n'
             'else:\n    assert found == "s.csv: 4 weeks, top 10", found\n')
    data = fix_and_check(
        tmp_path, {"growth/__init__.py": "", "growth/digest.py": DIGEST,
                   "tests/__init__.py": "", "tests/test_digest.py": DIGEST_TESTS},
        'from growth.digest import main\nmain(["digest", "s.csv"])', check)
    assert data is not None
