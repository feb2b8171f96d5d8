"""missing_key under review: a required key missing from a parser's input is no case for
``return {}``: ``-> dict`` names the type of a whole answer, not an answer for bad input."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

PARSE = '''
    def parse_job(payload: dict) -> dict:
        """The job a queue message describes: its name, its command and its retries."""
        job = {"name": payload["name"], "retries": 3}
        job["command"] = payload["command"].split()
        return job
'''

TESTS = '''
    from jobs.parse import parse_job


    def test_parse():
        job = parse_job({"name": "nightly", "command": "make backup"})
        assert job["command"] == ["make", "backup"]
'''

# A message without its command is malformed: it must not become an empty job.
CHECK = '''
from jobs.parse import parse_job
try:
    job = parse_job({"name": "nightly"})
except (KeyError, ValueError):
    pass
else:
    raise AssertionError(f"a message without a command became {job!r}")
'''


def test_a_dict_return_type_does_not_back_an_empty_answer_for_a_missing_key(
        tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"jobs/__init__.py": "", "jobs/parse.py": PARSE,
                                    "tests/test_parse.py": TESTS},
                         'from jobs.parse import parse_job\nparse_job({"name": "nightly"})',
                         CHECK)
    assert data is not None and data["status"] != "fixed"
