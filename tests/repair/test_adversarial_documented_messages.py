"""documented_messages under review: the documented message for the None case must not
freeze an example's sample values into every message, and an example the documentation
gives for another function backs nothing here."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

SAMPLE_NAME = '''
    """Chat notifications for pull-request webhooks.

    - ``closed``: "PR #12 merged by bo: Fix login" when it was merged, and
      "PR #12 closed by ann without merging: Fix login" when it was not (then
      ``merged_by`` is null and ann stands for whoever closed it, ``closed_by``).
    """

    from __future__ import annotations

    from typing import Any


    def closed_message(pull: dict[str, Any]) -> str:
        head = f"PR #{pull['number']}"
        return f"{head} merged by {pull['merged_by']['login']}: {pull['title']}"
'''

TESTS = '''
    from chat.notify import {name}


    def test_merged() -> None:
        pull = {{"number": 3, "title": "Tidy", "merged_by": {{"login": "cy"}},
                "closed_by": {{"login": "cy"}}}}
        assert {name}(pull) == "PR #3 merged by cy: Tidy"
'''

UNMERGED = ('{"number": 7, "title": "Try X", "merged_by": None, '
            '"closed_by": {"login": "zoe"}}')


def test_a_sample_name_in_the_example_is_not_written_into_every_message(
        tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"chat/__init__.py": "", "chat/notify.py": SAMPLE_NAME,
                   "tests/__init__.py": "", "tests/test_notify.py":
                   TESTS.format(name="closed_message")},
        f'from chat.notify import closed_message\nclosed_message({UNMERGED})',
        f'from chat.notify import closed_message\ngot = closed_message({UNMERGED})\n'
        'assert "ann" not in got, got\n')
    assert data is not None


OTHER_FUNCTION = '''
    """Chat notifications for pull-request webhooks.

    ``merged_message`` writes "PR #12 merged by bo: Fix login". The message
    "PR #12 closed: Fix login" is what ``closed_message`` writes for a pull request closed
    without merging, not this module's merged path.
    """

    from __future__ import annotations

    from typing import Any


    def closed_message(pull: dict[str, Any]) -> str:
        return f"PR #{pull['number']} closed: {pull['title']}"


    def merged_message(pull: dict[str, Any]) -> str:
        """Only called for merged pull requests: a payload whose ``merged_by`` is null here
        is malformed, and raises so the delivery is retried."""
        head = f"PR #{pull['number']}"
        return f"{head} merged by {pull['merged_by']['login']}: {pull['title']}"
'''


def test_the_example_of_another_function_is_not_returned(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"chat/__init__.py": "", "chat/notify.py": OTHER_FUNCTION,
                   "tests/__init__.py": "", "tests/test_notify.py":
                   TESTS.format(name="merged_message")},
        f'from chat.notify import merged_message\nmerged_message({UNMERGED})',
        'from chat.notify import merged_message\n'
        f'try:\n    got = merged_message({UNMERGED})\nexcept Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"a malformed payload was answered: {got}")\n')
    assert data is not None


# Review 4: the message documented for an unmerged pull request is not the answer for a
# merged one whose merger is null (a deleted account).
MERGED_FLAG = '''
    """Chat notifications for pull-request webhooks."""

    from __future__ import annotations

    from typing import Any


    def closed_message(pull: dict[str, Any]) -> str:
        """The line posted when a pull request is closed: "PR #12 merged by bo: Fix login"
        when it was merged, and "PR #12 closed without merging: Fix login" when ``merged``
        is false."""
        head = f"PR #{pull['number']}"
        if not pull["merged"]:
            return f"{head} closed without merging: {pull['title']}"
        return f"{head} merged by {pull['merged_by']['login']}: {pull['title']}"
'''

MERGED_FLAG_TESTS = '''
    from chat.notify import closed_message


    def test_merged() -> None:
        pull = {"number": 3, "title": "Tidy", "merged": True, "merged_by": {"login": "cy"}}
        assert closed_message(pull) == "PR #3 merged by cy: Tidy"


    def test_unmerged() -> None:
        pull = {"number": 4, "title": "Try", "merged": False, "merged_by": None}
        assert closed_message(pull) == "PR #4 closed without merging: Try"
'''

GHOST = '{"number": 7, "title": "Try X", "merged": True, "merged_by": None}'


def test_a_merged_pull_request_is_not_announced_as_unmerged(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"chat/__init__.py": "", "chat/notify.py": MERGED_FLAG,
                   "tests/__init__.py": "", "tests/test_notify.py": MERGED_FLAG_TESTS},
        f'from chat.notify import closed_message\nclosed_message({GHOST})',
        f'from chat.notify import closed_message\ngot = closed_message({GHOST})\n'
        'assert "without merging" not in got, got\n')
    assert data is not None
