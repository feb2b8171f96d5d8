"""The website rebuilds its front page after the nightly export, which now holds a book
still in production (no publication date yet)."""

from datetime import date

from backlist.catalogue import Title
from backlist.listing import new_releases

backlist = [
    Title("9780441013593", "Dune", "Herbert", date(1965, 8, 1)),
    Title("9781000000001", "The Long Winter Light", "Okafor", None),
    Title("9780375507250", "Cloud Atlas", "Mitchell", date(2004, 3, 1)),
]
new_releases(backlist, limit=5)
