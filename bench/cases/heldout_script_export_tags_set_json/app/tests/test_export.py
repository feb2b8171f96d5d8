from pathlib import Path

from crm.contacts import load_contacts
from crm.export import main


def test_load_contacts_reads_tags() -> None:
    [contact] = load_contacts([{"email": "a@example.com", "name": "A", "tags": "VIP; beta"}])
    assert contact.tags == {"vip", "beta"}


def test_main_leaves_out_unsubscribed(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email,name,tags,unsubscribed\nx@example.com,X,,1\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert main([str(source), str(target)]) == 0
    assert target.read_text(encoding="utf-8") == ""
