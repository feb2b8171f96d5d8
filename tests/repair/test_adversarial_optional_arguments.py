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


# Holes in optional_arguments: a default said of another argument in the sentence; 'every day
TOP = '''
    """The most requested paths of an access log.

        python -m usage.top SITE [LIMIT] [MIN_HITS]

    LIMIT is optional (every path is listed when it is left out); MIN_HITS defaults to 2.
    """

    from __future__ import annotations

    import sys
    from collections import Counter

    #: Hits per path of each site, as the log shipper counts them.
    HITS = {"shop": Counter({"/a": 2, "/b": 2, "/c": 2}), "blog": Counter({"/": 1})}


    def main(argv: list[str]) -> list[str]:
        hits = HITS[argv[0]]
        limit = int(argv[1])
        min_hits = int(argv[2]) if len(argv) > 2 else 2
        return [path for path, n in hits.most_common(limit) if n >= min_hits]


    if __name__ == "__main__":
        print("\\n".join(main(sys.argv[1:])))
'''

TOP_TESTS = '''
    from usage.top import main


    def test_main() -> None:
        assert main(["shop", "1"]) == ["/a"]
'''

def test_a_default_said_of_another_argument_is_not_taken(tmp_path: Path) -> None:
    check = ('from usage.top import main\n'
             'try:\n    found = main(["shop"])\nexcept IndexError:\n    pass\n'
             'else:\n    assert found == ["/a", "/b", "/c"], found\n')
    data = fix_and_check(
        tmp_path, {"usage/__init__.py": "", "usage/top.py": TOP,
                   "tests/__init__.py": "", "tests/test_top.py": TOP_TESTS},
        'from usage.top import main\nmain(["shop"])', check)
    assert data is not None


REPORT = '''
    """Requests per API key.

        python -m usage.report ACCESS_LOG [DAY]

    DAY is YYYY-MM-DD and is optional: without it the report covers every day of the
    log up to yesterday.
    """

    from __future__ import annotations

    import sys
    from datetime import date


    def main(argv: list[str]) -> str:
        day = date.fromisoformat(argv[1])
        return f"{argv[0]} {day.isoformat()}"


    if __name__ == "__main__":
        print(main(sys.argv[1:]))
'''

REPORT_TESTS = '''
    from usage.report import main


    def test_main() -> None:
        assert main(["a.log", "2026-01-02"]) == "a.log 2026-01-02"
'''


def test_up_to_yesterday_is_no_report_for_yesterday_alone(tmp_path: Path) -> None:
    check = ('from datetime import date, timedelta\nfrom usage.report import main\n'
             'try:\n    found = main(["a.log"])\nexcept IndexError:\n    pass\n'
             'else:\n    yesterday = (date.today() - timedelta(days=1)).isoformat()\n'
             '    assert found != f"a.log {yesterday}", "one day reported for every day"\n')
    data = fix_and_check(
        tmp_path, {"usage/__init__.py": "", "usage/report.py": REPORT,
                   "tests/__init__.py": "", "tests/test_report.py": REPORT_TESTS},
        'from usage.report import main\nmain(["a.log"])', check)
    assert data is not None
