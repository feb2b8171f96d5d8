from datetime import date
from pathlib import Path

import pytest

from league.fixtures import load_fixtures
from league.import_roster import main
from league.roster import Player, RosterError, by_team, load_roster

ROSTER = "player_id,name,team,shirt\n7,Ana Ruiz,Harbour FC,9\n3,Tom Berg,Harbour FC,1\n12,Li Wei,Mill Lane,4\n"


def write(tmp_path: Path, text: str, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_load_roster(tmp_path: Path) -> None:
    players = load_roster(write(tmp_path, ROSTER))
    assert players[0] == Player(7, "Ana Ruiz", "Harbour FC", 9)
    assert [p.player_id for p in players] == [7, 3, 12]


def test_by_team_sorts_by_shirt(tmp_path: Path) -> None:
    teams = by_team(load_roster(write(tmp_path, ROSTER)))
    assert [p.name for p in teams["Harbour FC"]] == ["Tom Berg", "Ana Ruiz"]


def test_duplicate_shirt(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="shirt 9 given twice"):
        by_team(load_roster(write(tmp_path, ROSTER + "8,Eva Holm,Harbour FC,9\n")))


def test_bad_shirt_number(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="line 3"):
        load_roster(write(tmp_path, "player_id,name,team,shirt\n1,A,X,2\n2,B,X,ten\n"))


def test_main_prints_a_line_per_team(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(write(tmp_path, ROSTER))]) == 0
    assert capsys.readouterr().out == "Harbour FC (2): 1 Tom Berg, 9 Ana Ruiz\nMill Lane (1): 4 Li Wei\n"


def test_main_usage() -> None:
    assert main([]) == 2


def test_fixtures_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "fixtures.csv"
    path.write_bytes(b"\xef\xbb\xbfround,date,home,away\r\n1,2025-08-16,Harbour FC,Mill Lane\r\n")
    [fixture] = load_fixtures(path)
    assert fixture.round == 1 and fixture.day == date(2025, 8, 16) and fixture.away == "Mill Lane"
