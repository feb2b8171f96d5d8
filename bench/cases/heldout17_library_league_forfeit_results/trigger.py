"""The nightly import rebuilds the table from the federation's export; this week's file
holds a match the disciplinary committee awarded after a team fielded an ineligible player."""

import io

from league.standings import render, table_from_export

EXPORT = """date,home,away,score,note
2024-09-07,Riverside FC,Northgate United,2-1,
2024-09-07,Old Harbour,St. Brennan's,0-0,
2024-09-14,Northgate United,Old Harbour,FF,awarded to Old Harbour
2024-09-14,St. Brennan's,Riverside FC,1-4,
"""

print(render(table_from_export(io.StringIO(EXPORT))))
