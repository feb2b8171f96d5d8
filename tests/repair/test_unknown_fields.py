"""A dataclass that documents it ignores fields it does not declare is given only its
declared fields; nothing when the class is silent, says unknown fields are an error, or
is not a dataclass."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unknown_fields import UnknownFieldsIgnored
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

EVENTS = '''
    from dataclasses import dataclass
    from typing import Any


    @dataclass(frozen=True)
    class Scan:
        """One scan. We keep the fields below and ignore any other the courier sends."""

        code: str
        place: str | None = None


    def parse(payload: dict[str, Any]) -> Scan:
        return Scan(**payload)
'''

MESSAGE = "Scan.__init__() got an unexpected keyword argument 'depot'"


def _propose(tmp_path: Path, source: str = EVENTS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"scans.py": source}, "scans.py",
                              "return Scan(**payload)", "TypeError", MESSAGE,
                              {"payload": "{'code': 'IN', 'depot': 'D4'}"})
    return list(UnknownFieldsIgnored().propose(site, analysis))


def test_only_the_declared_fields_are_passed(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["scans.py"] for c in found] == [textwrap.dedent(EVENTS).lstrip("\n").replace(
        "from dataclasses import dataclass\n", "from dataclasses import dataclass, fields\n",
    ).replace(
        "    return Scan(**payload)\n",
        "    known = {field.name for field in fields(Scan)}\n"
        "    return Scan(**{key: value for key, value in payload.items() if key in known})\n")]


def test_a_module_using_the_name_fields_imports_dataclasses_whole(tmp_path: Path) -> None:
    source = EVENTS.replace("        return Scan(**payload)",
                            "        fields = payload\n        return Scan(**fields)")
    site, analysis = crash_at(tmp_path, {"scans.py": source}, "scans.py",
                              "return Scan(**fields)", "TypeError", MESSAGE)
    found = list(UnknownFieldsIgnored().propose(site, analysis))
    assert len(found) == 1
    assert "import dataclasses\n" in found[0].edits["scans.py"]
    assert "dataclasses.fields(Scan)" in found[0].edits["scans.py"]


def test_silent_refusing_or_non_dataclass_classes_get_nothing(tmp_path: Path) -> None:
    silent = EVENTS.replace(" We keep the fields below and ignore any other the courier sends.",
                            "")
    assert _propose(tmp_path, silent) == []
    refusing = EVENTS.replace("We keep the fields below and ignore any other the courier sends.",
                              "Unknown fields are not ignored: they raise, so we notice.")
    assert _propose(tmp_path, refusing) == []
    plain = EVENTS.replace("    @dataclass(frozen=True)\n", "")
    assert _propose(tmp_path, plain) == []


TESTS = '''
    from scans import Scan, parse


    def test_parse() -> None:
        assert parse({"code": "IN"}) == Scan("IN")
'''


def test_a_new_api_field_is_ignored_end_to_end(tmp_path: Path) -> None:
    check = ('from scans import Scan, parse\n'
             'assert parse({"code": "IN", "depot": "D4", "photo": "x"}) == Scan("IN")\n'
             'assert parse({"code": "OUT", "place": "Leeds"}) == Scan("OUT", "Leeds")')
    data = fix_and_check(tmp_path, {"scans.py": EVENTS, "tests/test_scans.py": TESTS},
                         'from scans import parse\nparse({"code": "IN", "depot": "D4"})', check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "unknown-fields-ignored"
