"""When a pet's next vaccination is due.

Practice policy (front desk handbook, section 4): boosters are given every year. A pet
with no vaccination on record, such as a kitten or puppy registered this week, is due
for its primary course on the day it was registered, so the card shows it as due (and,
once that day has passed, overdue) until the first jab is recorded.
"""

from __future__ import annotations

from datetime import date, timedelta

from vetclinic.records import Pet

BOOSTER_INTERVAL = timedelta(days=365)


def last_vaccination(pet: Pet) -> date:
    return max(v.given_on for v in pet.vaccinations)


def next_due(pet: Pet) -> date:
    return last_vaccination(pet) + BOOSTER_INTERVAL


def is_overdue(pet: Pet, today: date) -> bool:
    return next_due(pet) < today
