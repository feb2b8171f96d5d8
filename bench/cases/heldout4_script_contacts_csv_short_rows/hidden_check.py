import json
from pathlib import Path

from crmsync.import_contacts import main


def test_short_rows_are_imported_with_empty_cells(tmp_path: Path, capsys) -> None:
    source = tmp_path / "export.csv"
    source.write_text(
        "name,email,phone,notes\n"
        "Ana Lopez,ana@example.com,+34 600 11 22 33,met at fair\n"
        "Chidi Obi,chidi@example.com\n"
        "Dora Kim,dora@example.com,+82 2 555 0101\n",
        encoding="utf-8",
    )
    target = tmp_path / "contacts.json"
    assert main([str(source), str(target)]) == 0
    assert capsys.readouterr().out.strip() == "imported 3 contact(s)"
    assert json.loads(target.read_text(encoding="utf-8")) == [
        {"name": "Ana Lopez", "email": "ana@example.com", "phone": "+34600112233", "notes": "met at fair"},
        {"name": "Chidi Obi", "email": "chidi@example.com", "phone": None, "notes": ""},
        {"name": "Dora Kim", "email": "dora@example.com", "phone": "+8225550101", "notes": ""},
    ]
