import io

from league.feed import read_results
from league.standings import table_from_export

EXPORT = """date,home,away,score,note
2024-09-07,Riverside FC,Northgate United,2-1,
2024-09-07,Old Harbour,St. Brennan's,0-0,
2024-09-14,Northgate United,Old Harbour,FF,awarded to Old Harbour
2024-09-14,St. Brennan's,Riverside FC,1-4,
2024-09-21,Riverside FC,St. Brennan's,FF,awarded to Riverside FC
"""


def test_forfeit_counts_as_three_nil_for_the_side_it_was_awarded_to() -> None:
    results = list(read_results(io.StringIO(EXPORT)))
    assert len(results) == 5
    away_award, home_award = results[2], results[4]
    assert (away_award.home, away_award.away) == ("Northgate United", "Old Harbour")
    assert (away_award.home_goals, away_award.away_goals) == (0, 3)
    assert (home_award.home_goals, home_award.away_goals) == (3, 0)


def test_table_includes_the_awarded_matches() -> None:
    rows = table_from_export(io.StringIO(EXPORT))
    assert [
        (r.team, r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against, r.points) for r in rows
    ] == [
        ("Riverside FC", 3, 3, 0, 0, 9, 2, 9),
        ("Old Harbour", 2, 1, 1, 0, 3, 0, 4),
        ("St. Brennan's", 3, 0, 1, 2, 1, 7, 1),
        ("Northgate United", 2, 0, 0, 2, 1, 5, 0),
    ]
