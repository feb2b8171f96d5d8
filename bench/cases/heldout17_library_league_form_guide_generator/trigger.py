"""The fixtures page renders next Saturday's match with both teams' form."""

from datetime import date

from league import results
from league.form import fixtures_line
from league.results import Match

results.record(Match(date(2024, 8, 10), "Rovers", "Athletic", 2, 0))
results.record(Match(date(2024, 8, 3), "Athletic", "United", 1, 1))
results.record(Match(date(2024, 8, 17), "United", "Rovers", 3, 2))
fixtures_line("Rovers", "United")
