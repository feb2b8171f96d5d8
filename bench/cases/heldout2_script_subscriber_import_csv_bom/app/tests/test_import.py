from pathlib import Path

from newsletter import store
from newsletter.import_subscribers import main, read_sheet
from newsletter.unsubscribes import read_unsubscribes, remove


def _sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "email,first_name,consent\nAda@Example.com,Ada,yes\nbob@example.com,Bob,no\n", encoding="utf-8"
    )
    return sheet


def test_read_sheet_keeps_consenting_people(tmp_path: Path) -> None:
    assert read_sheet(_sheet(tmp_path)) == [store.Subscriber("ada@example.com", "Ada")]


def test_main_adds_once(tmp_path: Path, capsys) -> None:
    list_file = tmp_path / "list.json"
    assert main([str(_sheet(tmp_path)), str(list_file)]) == 0
    assert main([str(_sheet(tmp_path)), str(list_file)]) == 0
    assert capsys.readouterr().out.splitlines() == ["1 added, 1 on the list", "0 added, 1 on the list"]


def test_unsubscribes_from_excel(tmp_path: Path) -> None:
    export = tmp_path / "unsubscribes.csv"
    export.write_bytes("email\r\nADA@example.com\r\n".encode("utf-8-sig"))
    subscribers = {"ada@example.com": store.Subscriber("ada@example.com", "Ada")}
    assert remove(subscribers, read_unsubscribes(export)) == 1
    assert subscribers == {}
