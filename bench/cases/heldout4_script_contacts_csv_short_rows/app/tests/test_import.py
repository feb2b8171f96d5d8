import json
from pathlib import Path

from crmsync.contacts import normalise_phone
from crmsync.import_contacts import main


def test_normalise_phone() -> None:
    assert normalise_phone("+49 (30) 1234-56") == "+4930123456"
    assert normalise_phone(" - ") is None


def test_import(tmp_path: Path, capsys) -> None:
    source = tmp_path / "export.csv"
    source.write_text(
        "name,email,phone,notes\n"
        "Ana Lopez,Ana@Example.com,+34 600 11 22 33,met at fair\n"
        'Ben Ode,ben@example.com,,"prefers email, not phone"\n',
        encoding="utf-8",
    )
    target = tmp_path / "contacts.json"
    assert main([str(source), str(target)]) == 0
    assert capsys.readouterr().out.strip() == "imported 2 contact(s)"
    assert json.loads(target.read_text(encoding="utf-8")) == [
        {"name": "Ana Lopez", "email": "ana@example.com", "phone": "+34600112233", "notes": "met at fair"},
        {"name": "Ben Ode", "email": "ben@example.com", "phone": None, "notes": "prefers email, not phone"},
    ]
