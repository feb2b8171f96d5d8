"""serialisation under review: a set documented as a list *written as text* (one
comma-separated string) is not backed as a JSON array (``default=sorted``)."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.contract_items import documented_list
from tests.repair.adversarial import fix_and_check

EXPORT = '''
    import dataclasses
    import json
    from dataclasses import dataclass, field


    @dataclass
    class Contact:
        email: str
        tags: set[str] = field(default_factory=set)


    def to_json(contact: Contact) -> str:
        """The contact as the mailing tool imports it: ``email``, and ``tags`` written as a
        sorted comma-separated list in a single string (``"beta,vip"``)."""
        return json.dumps(dataclasses.asdict(contact))
'''

TESTS = '''
    from crm.export import Contact, to_json


    def test_plain_contact():
        assert Contact("a@b.c").email == "a@b.c"
'''


def test_a_list_documented_as_one_string_is_not_written_as_an_array(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"crm/__init__.py": "", "crm/export.py": EXPORT, "tests/test_export.py": TESTS},
        'from crm.export import Contact, to_json\nto_json(Contact("a@x.io", {"vip", "beta"}))',
        'import json\nfrom crm.export import Contact, to_json\n'
        'assert json.loads(to_json(Contact("a@x.io", {"vip", "beta"})))["tags"] == "beta,vip"')
    assert data is not None and data["status"] != "fixed"


def test_a_text_format_said_of_another_field_does_not_leak() -> None:
    said = [("the docstring", "``tags`` a sorted list of strings, ``notes`` one string.")]
    evidence = documented_list(said, "tags")
    assert evidence is not None and evidence.source == "sorted"
    assert documented_list([("the docstring", "``tags`` joined with commas into a sorted "
                             "list")], "tags") is None
