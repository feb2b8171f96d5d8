import json
from pathlib import Path

from crm.contacts import Contact
from crm.export import export_line, main


def test_tags_are_a_sorted_list() -> None:
    contact = Contact("g@example.com", "Grace")
    contact.tag("vip", "newsletter", "beta")
    assert json.loads(export_line(contact)) == {
        "email": "g@example.com", "name": "Grace", "tags": ["beta", "newsletter", "vip"]
    }


def test_untagged_contact_has_an_empty_list() -> None:
    assert json.loads(export_line(Contact("b@example.com", "Bea")))["tags"] == []


def test_export_file(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "email,name,tags,unsubscribed\n"
        "ada@example.com,Ada,,0\n"
        "grace@example.com,Grace,vip;newsletter,0\n"
        "x@example.com,X,vip,1\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    assert main([str(source), str(target)]) == 0
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines == [
        {"email": "ada@example.com", "name": "Ada", "tags": []},
        {"email": "grace@example.com", "name": "Grace", "tags": ["newsletter", "vip"]},
    ]
