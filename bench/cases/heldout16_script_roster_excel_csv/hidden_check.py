from pathlib import Path

import pytest

from league.import_roster import main
from league.roster import Player, load_roster

EXCEL = (
    "\ufeffplayer_id,name,team,shirt\r\n"
    "7,Ana Ruiz,Harbour FC,9\r\n"
    "21,Zoë Müller,Mill Lane,10\r\n"
    "3,Tom Berg,Harbour FC,1\r\n"
)


def test_excel_csv_utf8_roster_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(EXCEL.encode("utf-8"))
    assert load_roster(path) == [
        Player(7, "Ana Ruiz", "Harbour FC", 9),
        Player(21, "Zoë Müller", "Mill Lane", 10),
        Player(3, "Tom Berg", "Harbour FC", 1),
    ]


def test_import_of_an_excel_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(EXCEL.encode("utf-8"))
    assert main([str(path)]) == 0
    assert capsys.readouterr().out == "Harbour FC (2): 1 Tom Berg, 9 Ana Ruiz\nMill Lane (1): 10 Zoë Müller\n"


def test_plain_utf8_still_read(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("player_id,name,team,shirt\n21,Zoë Müller,Mill Lane,10\n".encode("utf-8"))
    assert load_roster(path) == [Player(21, "Zoë Müller", "Mill Lane", 10)]
