from datetime import date

import pytest

from vetclinic import boosters, records
from vetclinic.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    records.reset()


def test_card_of_a_vaccinated_dog() -> None:
    body = app.test_client().get("/pets/1/vaccination-card").get_json()
    assert body["next_due"] == "2024-06-13"
    assert [h["vaccine"] for h in body["history"]] == ["DHPPi+L4", "L4 booster"]
    assert body["overdue"] is True


def test_overdue_against_a_date() -> None:
    pet = records.get(2)
    assert boosters.next_due(pet) == date(2023, 10, 3)
    assert not boosters.is_overdue(pet, date(2023, 10, 3))
    assert boosters.is_overdue(pet, date(2023, 10, 4))


def test_unknown_pet() -> None:
    assert app.test_client().get("/pets/42/vaccination-card").status_code == 404
    assert app.test_client().get("/pets/2").get_json()["species"] == "cat"
