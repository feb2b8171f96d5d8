"""The cellar app's "open this year" list, with a house white bought without a tasting note."""

from cellarbook.bottles import Bottle
from cellarbook.planner import drink_now

cellar = [
    Bottle("Barolo", 2016, 3, 2024, 2036),
    Bottle("Picpoul de Pinet", 2023, 6),
    Bottle("Rioja Reserva", 2015, 2, 2020, 2026),
]
drink_now(cellar, 2025)
