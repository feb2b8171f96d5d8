"""open_ended_ranges under review: a sentence that names open-ended ranges to answer them
with 416 backs no open end."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

RANGES = '''
    def item_range(header: str, total: int) -> tuple[int, int]:
        """The items ``items=START-END`` asks for, as a half-open (start, stop) pair.

        Open-ended ranges such as items=START- are answered with 416, so that a client
        never downloads the whole feed by accident.
        """
        first, last = header.removeprefix("items=").split("-")
        return int(first), min(int(last) + 1, total)
'''

TESTS = '''
    from feed.ranges import item_range


    def test_range():
        assert item_range("items=3-5", 100) == (3, 6)
'''


def test_open_ended_answered_with_416_is_no_open_end(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"feed/__init__.py": "", "feed/ranges.py": RANGES,
                   "tests/__init__.py": "", "tests/test_ranges.py": TESTS},
        'from feed.ranges import item_range\nitem_range("items=21-", 100)',
        'from feed.ranges import item_range\n'
        'try:\n    answer = item_range("items=21-", 100)\nexcept ValueError:\n    pass\n'
        'else:\n    assert answer != (21, 100), answer\n')
    assert data is not None and data["status"] != "fixed"


# open_ended_ranges under review: "never open-ended" and "no open-ended ranges" refuse
# the reading the words "open-ended" would otherwise back.

RANGES_2 = '''
    def item_range(header: str, total: int) -> tuple[int, int]:
        """The items ``items=START-END`` asks for, as a half-open (start, stop) pair.

        SENTENCE
        """
        first, last = header.removeprefix("items=").split("-")
        return int(first), min(int(last) + 1, total)
'''


def _app(sentence: str) -> dict[str, str]:
    source = RANGES_2.replace("SENTENCE", sentence)
    return {"feed/__init__.py": "", "feed/ranges.py": source,
            "tests/__init__.py": "", "tests/test_ranges.py": TESTS}


CHECK = ('from feed.ranges import item_range\n'
         'try:\n    answer = item_range("items=21-", 100)\nexcept ValueError:\n    pass\n'
         'else:\n    assert answer == (21, 22), answer\n')


def test_never_open_ended(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("Unlike an HTTP byte range, a range here is never open-ended: "
                       "items=START- is the one item START."),
        'from feed.ranges import item_range\nitem_range("items=21-", 100)', CHECK)
    assert data is not None and data["status"] != "fixed"


def test_no_open_ended_ranges(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("There are no open-ended ranges; a blank end is the start itself, "
                       "so items=START- is one item."),
        'from feed.ranges import item_range\nitem_range("items=21-", 100)', CHECK)
    assert data is not None and data["status"] != "fixed"

