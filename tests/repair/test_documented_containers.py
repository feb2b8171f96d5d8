"""A set that JSON cannot encode is written as the list its documentation promises
(``default=sorted``); ``default=str`` and undocumented sets back nothing."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate, generate
from bugstack.repair.contract_items import documented_list
from tests.repair.test_candidates import _site

_EXPORT = '''
    """Export contacts.

    One JSON object per line: {doc}
    """

    import json
    from dataclasses import asdict

    from contacts import Contact


    def export_line(contact: Contact) -> str:
        record = asdict(contact)
        return json.dumps(record, ensure_ascii=False)


    def header() -> str:
        return json.dumps({{"version": 1}})
'''
_CONTACTS = '''
    from dataclasses import dataclass, field


    @dataclass
    class Contact:
        email: str
        tags: set[str] = field(default_factory=set)
        {extra}
'''
_SORTED = "``{\"email\", \"tags\"}`` with ``tags`` a sorted list of strings."
_CAPTURED = {"contact": "Contact(email='a@example.com', tags={'vip', 'beta'})",
             "record": {"email": "'a@example.com'", "tags": ["'vip'", "'beta'"]}}


def _candidates(tmp_path: Path, doc: str, values: dict[str, Any] | None = None,
                extra: str = "") -> list[Candidate]:
    files = {"export.py": _EXPORT.format(doc=doc), "contacts.py": _CONTACTS.format(extra=extra)}
    site, root = _site(tmp_path, files, "export.py", "return json.dumps(record", "TypeError",
                       "Object of type set is not JSON serializable",
                       _CAPTURED if values is None else values)
    return generate(site, analyse(site, root))


def _backed(candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.contract]


def test_set_documented_as_sorted_list_is_written_sorted(tmp_path: Path) -> None:
    candidates = _candidates(tmp_path, _SORTED)
    [fix] = _backed(candidates)
    before = textwrap.dedent(_EXPORT.format(doc=_SORTED)).lstrip("\n")
    assert fix.edits["export.py"] == before.replace(
        "json.dumps(record, ensure_ascii=False)",
        "json.dumps(record, ensure_ascii=False, default=sorted)",
    )
    # The other dumps, which never meets a set, is untouched.
    assert '    return json.dumps({"version": 1})\n' in fix.edits["export.py"]
    assert "sorted list" in (fix.contract or "")
    encoded = json.dumps({"tags": {"vip", "beta", "alpha"}}, default=sorted)
    assert json.loads(encoded) == {"tags": ["alpha", "beta", "vip"]}
    # default=str writes the set's repr: it stays a guess.
    as_text = [c for c in candidates if "default=str" in c.edits.get("export.py", "")]
    assert as_text and all(c.contract is None for c in as_text)


def test_set_field_found_from_the_class_annotation(tmp_path: Path) -> None:
    # No captured values at all: `contact: Contact` and `tags: set[str]` say it.
    [fix] = _backed(_candidates(tmp_path, _SORTED, values={}))
    assert "default=sorted" in fix.edits["export.py"]


def test_plain_list_wording_is_weaker_backing(tmp_path: Path) -> None:
    [fix] = _backed(_candidates(tmp_path, "``tags`` as a list of strings."))
    assert "default=sorted" in fix.edits["export.py"] and fix.plausibility < 0.85


@pytest.mark.parametrize("doc", [
    "``email`` and ``tags``.",  # says nothing of the form
    "``tags`` is a set of strings.",
    "``roles`` a sorted list; ``tags`` as the CRM has them.",  # the list is another field's
    "``tags`` is not a list.",
])
def test_undocumented_set_backs_nothing(tmp_path: Path, doc: str) -> None:
    candidates = _candidates(tmp_path, doc)
    assert _backed(candidates) == []


def test_every_set_field_must_be_documented(tmp_path: Path) -> None:
    # `roles` is a set too, and nothing says how to write it: sorting it would be a guess.
    candidates = _candidates(tmp_path, _SORTED, values={},
                             extra="roles: frozenset[str] = frozenset()")
    assert _backed(candidates) == []


def test_a_siblings_default_str_loses_its_backing(tmp_path: Path) -> None:
    module = _EXPORT + '''

    def audit(entry: dict) -> str:
        return json.dumps(entry, default=str)
    '''
    files = {"export.py": module.format(doc=_SORTED), "contacts.py": _CONTACTS.format(extra="")}
    site, root = _site(tmp_path, files, "export.py", "return json.dumps(record", "TypeError",
                       "Object of type set is not JSON serializable", _CAPTURED)
    candidates = generate(site, analyse(site, root))
    [fix] = _backed(candidates)
    assert "default=sorted" in fix.edits["export.py"]


def test_list_wording() -> None:
    assert documented_list([("d", "a sorted list of ``tags``.")], "tags") is not None
    found = documented_list([("d", "Tags are written as an array.")], "tags")
    assert found is not None and found.source == "list"
    assert documented_list([("d", "tags, then a sorted list of roles.")], "tags") is None


def test_call_with_a_trailing_comma_gets_the_argument_once(tmp_path: Path) -> None:
    module = _EXPORT.replace("json.dumps(record, ensure_ascii=False)",
                             "json.dumps(\n            record,\n            ensure_ascii=False,\n"
                             "        )")
    files = {"export.py": module.format(doc=_SORTED), "contacts.py": _CONTACTS.format(extra="")}
    site, root = _site(tmp_path, files, "export.py", "return json.dumps(", "TypeError",
                       "Object of type set is not JSON serializable", _CAPTURED)
    [fix] = _backed(generate(site, analyse(site, root)))
    assert "        ensure_ascii=False, default=sorted)\n" in fix.edits["export.py"]
