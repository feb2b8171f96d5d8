"""Lane 7's screen refreshes after a strike in the second frame."""

from lanescore.display import scoreboard

scoreboard([7, 2, 10])
