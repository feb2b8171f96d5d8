from stopboard.board import board_lines, main
from stopboard.gtfs import Departure, clock, read_departures, service_minutes


def test_service_minutes() -> None:
    assert service_minutes("07:05:00") == 425
    assert service_minutes("7:05:00") == 425
    assert service_minutes("23:59:59") == 1439


def test_clock() -> None:
    assert clock(425) == "07:05"
    assert clock(0) == "00:00"


def test_read_departures_keeps_only_the_stop(write_feed) -> None:
    feed = write_feed([("t1", "08:00:00", "S1"), ("t3", "08:10:00", "S2")])
    assert read_departures(feed, "S1") == [Departure("7", "Harbour", 480)]


def test_board_in_departure_order() -> None:
    departures = [Departure("12", "University", 600), Departure("7", "Harbour", 545)]
    assert board_lines(departures) == ["09:05  7    Harbour", "10:00  12   University"]
    assert board_lines(departures, limit=1) == ["09:05  7    Harbour"]


def test_main_prints_the_board(write_feed, capsys) -> None:
    feed = write_feed([("t2", "18:40:00", "S1"), ("t1", "06:15:00", "S1"), ("t3", "12:00:00", "S1")])
    assert main([str(feed), "S1"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "06:15  7    Harbour",
        "12:00  12   University",
        "18:40  7    Harbour",
    ]


def test_main_unknown_stop(write_feed, capsys) -> None:
    feed = write_feed([("t1", "06:15:00", "S1")])
    assert main([str(feed), "S9"]) == 1
    assert "no departures" in capsys.readouterr().out
