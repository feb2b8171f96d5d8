"""keyword_evidence / names under review: an unexpected keyword is never renamed to a
parameter that means the opposite or another thing, however close the spelling, a shared
word or a sibling call that passes a value of the same type."""

from __future__ import annotations

from pathlib import Path

import pytest

from bugstack.repair.candidates.keyword_evidence import meaning_conflict
from tests.repair.adversarial import fix_and_check

FILES = '''
    import fnmatch


    def select(paths: list[str], *, exclude: tuple[str, ...] = ()) -> list[str]:
        """The paths matching none of the ``exclude`` patterns."""
        return [p for p in paths if not any(fnmatch.fnmatch(p, pat) for pat in exclude)]
'''

LINT = '''
    from tidy.files import select


    def python_files(paths: list[str]) -> list[str]:
        return select(paths, include=("*.py",))
'''

FILES_TESTS = '''
    from tidy.files import select


    def test_select():
        assert select(["a.py", "b.txt"], exclude=("*.txt",)) == ["a.py"]
'''

CLIENT = '''
    def fetch_page(entries: list[str], *, max_items: int = 100) -> list[str]:
        """At most ``max_items`` entries of the feed."""
        return entries[:max_items]
'''

SYNC = '''
    from tidy.client import fetch_page


    def sync(entries: list[str]) -> list[str]:
        return fetch_page(entries, max_retries=3)
'''

CLIENT_TESTS = '''
    from tidy.client import fetch_page


    def test_fetch_page():
        assert fetch_page(["a", "b"], max_items=1) == ["a"]
'''


@pytest.mark.parametrize(("files", "trigger", "check"), [
    # include=("*.py",) passed as exclude= drops the very files it asked for.
    ({"tidy/files.py": FILES, "tidy/lint.py": LINT, "tests/test_files.py": FILES_TESTS},
     'from tidy.lint import python_files\npython_files(["a.py", "b.txt"])',
     'from tidy.lint import python_files\nassert "a.py" in python_files(["a.py", "b.txt"])'),
    # Three retries passed as max_items=3 silently cuts the feed to three entries.
    ({"tidy/client.py": CLIENT, "tidy/sync.py": SYNC, "tests/test_client.py": CLIENT_TESTS},
     'from tidy.sync import sync\nsync(list("abcde"))',
     'from tidy.sync import sync\nassert sync(list("abcde")) == list("abcde")'),
], ids=["include-as-exclude", "max-retries-as-max-items"])
def test_a_keyword_is_not_renamed_to_a_parameter_of_another_meaning(
        tmp_path: Path, files: dict[str, str], trigger: str, check: str) -> None:
    data = fix_and_check(tmp_path, {"tidy/__init__.py": "", **files}, trigger, check)
    assert data is not None and data["status"] != "fixed"


def test_renames_that_keep_the_meaning_are_not_conflicts() -> None:
    assert not meaning_conflict("per_page", "page_size")
    assert not meaning_conflict("body", "text")
    assert meaning_conflict("min_age", "max_age")
    assert meaning_conflict("include", "exclude")


OUTBOX = '''
    SENT: list[dict[str, str]] = []


    def send(to: str, *, subject: str = "(no subject)", body: str = "") -> dict[str, str]:
        mail = {"to": to, "subject": subject, "body": body}
        SENT.append(mail)
        return mail
'''

NOTICES = '''
    from tidy.outbox import send


    def welcome(address: str) -> dict[str, str]:
        return send(address, subject="Welcome")


    def shipped(address: str) -> dict[str, str]:
        return send(address, message="Your order has shipped.")
'''

OUTBOX_TESTS = '''
    from tidy.notices import welcome


    def test_welcome():
        assert welcome("a@b.c")["subject"] == "Welcome"
'''


def test_a_sibling_passing_one_of_two_text_parameters_does_not_choose_between_them(
        tmp_path: Path) -> None:
    # `subject="Welcome"` elsewhere is a str like the message, but so is `body`: the
    # message would become the mail's subject.
    data = fix_and_check(
        tmp_path, {"tidy/__init__.py": "", "tidy/outbox.py": OUTBOX, "tidy/notices.py": NOTICES,
                   "tests/test_outbox.py": OUTBOX_TESTS},
        'from tidy.notices import shipped\nshipped("ann@example.com")',
        'from tidy.notices import shipped\n'
        'assert shipped("ann@example.com")["body"] == "Your order has shipped."')
    assert data is not None and data["status"] != "fixed"
