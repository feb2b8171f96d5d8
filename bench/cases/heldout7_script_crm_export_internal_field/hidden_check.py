import json
from pathlib import Path

from crm.export import main

RECORDS = [
    {"email": "ann@example.com", "first_name": "Ann", "last_name": "Lee", "country": "GB", "opted_in": True,
     "_sync_token": "a81f", "notes": "VIP, call before renewal"},
    {"email": "bo@example.com", "first_name": "Bo", "last_name": "Ng", "country": "SG", "opted_in": False},
    {"email": "cy@example.com", "first_name": "Cy", "country": "FR", "opted_in": True, "notes": "prefers post"},
]


def test_internal_keys_stay_out_of_the_export(tmp_path: Path, capsys) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main([str(dump), str(out)]) == 0
    assert capsys.readouterr().out == "exported 2 contacts\n"
    text = out.read_text(encoding="utf-8")
    assert text.splitlines() == [
        "email,first_name,last_name,country",
        "ann@example.com,Ann,Lee,GB",
        "cy@example.com,Cy,,FR",
    ]
    assert "VIP" not in text and "a81f" not in text
