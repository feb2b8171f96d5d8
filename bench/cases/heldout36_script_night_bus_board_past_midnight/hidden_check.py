from stopboard.board import main
from stopboard.gtfs import read_departures, service_minutes


def test_times_past_midnight_count_on_from_the_service_day() -> None:
    assert service_minutes("24:00:00") == 1440
    assert service_minutes("24:35:00") == 1475
    assert service_minutes("25:10:30") == 1510
    assert service_minutes("7:05:00") == 425
    assert service_minutes("23:50:00") == 1430


def test_night_buses_are_shown_last_with_their_clock_time(write_feed, capsys) -> None:
    feed = write_feed(
        [
            ("t1", "06:15:00", "S1"),
            ("n3", "25:10:00", "S1"),
            ("n1", "23:50:00", "S1"),
            ("n2", "24:35:00", "S1"),
            ("t2", "18:40:00", "S1"),
        ],
        extra_trips="rN7,n1,Harbour\nrN7,n2,Harbour\nrN7,n3,Harbour\n",
        extra_routes="rN7,N7\n",
    )
    assert [d.minutes for d in read_departures(feed, "S1")] == [375, 1510, 1430, 1475, 1120]
    assert main([str(feed), "S1"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "06:15  7    Harbour",
        "18:40  7    Harbour",
        "23:50  N7   Harbour",
        "00:35  N7   Harbour",
        "01:10  N7   Harbour",
    ]
