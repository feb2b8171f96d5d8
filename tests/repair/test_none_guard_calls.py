"""A call that gave None is guarded once: its answer goes into a local named for it, the
guard and the statement share it, so the query runs once as the code ran it."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.none_guard import NoneGuard
from tests.repair.crash_sites import crash_at

TOOLS = '''
    class Tool:
        def latest_loan(self):
            return None

        def is_available(self) -> bool:
            """A tool nobody has borrowed yet is available."""
            return self.latest_loan().returned_on is not None
'''


def _guards(tmp_path: Path, source: str = TOOLS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"shed/__init__.py": "", "shed/tools.py": source},
                              "shed/tools.py", "return self.latest_loan().returned_on",
                              "AttributeError",
                              "'NoneType' object has no attribute 'returned_on'", {})
    return [c for c in NoneGuard().propose(site, analysis) if "returns True" in c.description]


def test_the_call_is_made_once_into_a_local_named_for_it(tmp_path: Path) -> None:
    found = _guards(tmp_path)
    assert len(found) == 1
    assert ("        loan = self.latest_loan()\n"
            "        if loan is None:\n"
            "            return True\n"
            "        return loan.returned_on is not None\n") in found[0].edits["shed/tools.py"]


def test_a_name_already_used_keeps_the_call_in_the_guard(tmp_path: Path) -> None:
    taken = TOOLS.replace('"""A tool nobody has borrowed yet is available."""',
                          '"""A tool nobody has borrowed yet is available."""\n'
                          "            loan = 1")
    found = _guards(tmp_path, taken)
    assert len(found) == 1
    assert ("        if self.latest_loan() is None:\n            return True\n"
            in found[0].edits["shed/tools.py"])
