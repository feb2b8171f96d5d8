import json
from pathlib import Path

from crm.export import main


def test_export(tmp_path: Path, capsys) -> None:
    dump = tmp_path / "dump.jsonl"
    records = [
        {"email": "ann@example.com", "first_name": "Ann", "last_name": "Lee", "country": "GB", "opted_in": True},
        {"email": "bo@example.com", "first_name": "Bo", "last_name": "Ng", "country": "SG", "opted_in": False},
        {"email": "cy@example.com", "first_name": "Cy", "country": "FR", "opted_in": True},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main([str(dump), str(out)]) == 0
    assert capsys.readouterr().out == "exported 2 contacts\n"
    assert out.read_text(encoding="utf-8").splitlines() == [
        "email,first_name,last_name,country",
        "ann@example.com,Ann,Lee,GB",
        "cy@example.com,Cy,,FR",
    ]
