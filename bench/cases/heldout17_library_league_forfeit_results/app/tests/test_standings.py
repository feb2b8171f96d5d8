import io
from datetime import date

from league.feed import parse_score, read_results
from league.standings import render, table_from_export

EXPORT = """date,home,away,score,note
2024-09-07,Riverside FC,Northgate United,2-1,
2024-09-07,Old Harbour,St. Brennan's,0-0,
2024-09-14,Northgate United,Old Harbour,3-3,
2024-09-14,St. Brennan's,Riverside FC,1-4,
"""


def test_parse_score() -> None:
    assert parse_score("10-2") == (10, 2)


def test_read_results() -> None:
    results = list(read_results(io.StringIO(EXPORT)))
    assert len(results) == 4
    assert results[0].played_on == date(2024, 9, 7)
    assert (results[3].home, results[3].away_goals) == ("St. Brennan's", 4)


def test_table_order() -> None:
    rows = table_from_export(io.StringIO(EXPORT))
    assert [(r.team, r.points, r.goal_difference) for r in rows] == [
        ("Riverside FC", 6, 4),
        ("Old Harbour", 2, 0),
        ("Northgate United", 1, -1),
        ("St. Brennan's", 1, -3),
    ]


def test_render() -> None:
    lines = render(table_from_export(io.StringIO(EXPORT))).splitlines()
    assert lines[0] == " 1. Riverside FC        2  2  0  0   6:2    6"
    assert len(lines) == 4
