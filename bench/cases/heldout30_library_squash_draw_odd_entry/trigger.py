"""Thursday club night: seven players signed up, the organiser makes the draw."""

from datetime import datetime

from draws import Entrant, make_draw

entrants = [
    Entrant("Nadia", "Riverside", 1480),
    Entrant("Omar", "Riverside", 1210),
    Entrant("Bea", "Hillcrest", 1395),
    Entrant("Luc", "Hillcrest", 990),
    Entrant("Tom", "Hillcrest", 1305),
    Entrant("Ravi", "Riverside", 1120),
    Entrant("Cara", "Hillcrest", 1050),
]
make_draw(entrants, courts=2, start=datetime(2024, 3, 14, 19, 0))
