from datetime import date

import pytest

from vetclinic import boosters, records
from vetclinic.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    records.reset()


def test_unvaccinated_pet_is_due_on_its_registration_day() -> None:
    records.add(records.Pet(3, "Pip", "cat", date(2024, 3, 1)))
    response = app.test_client().get("/pets/3/vaccination-card")
    assert response.status_code == 200
    assert response.get_json() == {"name": "Pip", "history": [], "next_due": "2024-03-01", "overdue": True}


def test_due_and_overdue_for_a_new_registration() -> None:
    pup = records.add(records.Pet(4, "Bramble", "dog", date(2024, 3, 1)))
    assert boosters.next_due(pup) == date(2024, 3, 1)
    assert not boosters.is_overdue(pup, date(2024, 3, 1))
    assert boosters.is_overdue(pup, date(2024, 3, 2))
    pup.vaccinations.append(records.Vaccination(date(2024, 3, 8), "DHPPi"))
    assert boosters.next_due(pup) == date(2025, 3, 8)
