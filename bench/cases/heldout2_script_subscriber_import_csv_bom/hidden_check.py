import json
from pathlib import Path

from newsletter import store
from newsletter.import_subscribers import main, read_sheet


def _excel_sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "fair.csv"
    sheet.write_bytes(
        (
            "email,first_name,consent\r\n"
            "Zoe@Example.de,Zoë,yes\r\n"
            "luis@example.es,Luis,no\r\n"
            "ines@example.pt,Inês,YES\r\n"
        ).encode("utf-8-sig")
    )
    return sheet


def test_excel_sheet_is_read(tmp_path: Path) -> None:
    assert read_sheet(_excel_sheet(tmp_path)) == [
        store.Subscriber("zoe@example.de", "Zoë"),
        store.Subscriber("ines@example.pt", "Inês"),
    ]


def test_excel_sheet_is_imported(tmp_path: Path, capsys) -> None:
    list_file = tmp_path / "list.json"
    assert main([str(_excel_sheet(tmp_path)), str(list_file)]) == 0
    assert capsys.readouterr().out.strip() == "2 added, 2 on the list"
    assert [s["email"] for s in json.loads(list_file.read_text(encoding="utf-8"))] == [
        "ines@example.pt",
        "zoe@example.de",
    ]


def test_sheet_without_bom_still_read(tmp_path: Path) -> None:
    sheet = tmp_path / "plain.csv"
    sheet.write_text("email,first_name,consent\nada@example.com,Ada,yes\n", encoding="utf-8")
    assert read_sheet(sheet) == [store.Subscriber("ada@example.com", "Ada")]
