from animals.models import Animal, FosterHome
from django.test import Client

SHELTER = {
    "where": "Riverside Animal Shelter, Mill Lane",
    "city": "Leeds",
    "phone": "0113 496 0000",
}


def test_animal_at_the_shelter_is_met_at_the_shelter() -> None:
    client = Client()
    created = client.post(
        "/animals/",
        {"name": "Pepper", "species": "cat", "age_years": 2},
        content_type="application/json",
    )
    response = client.get(f"/animals/{created.json()['id']}/")
    assert response.status_code == 200
    assert response.json() == {
        "id": created.json()["id"],
        "name": "Pepper",
        "species": "cat",
        "age_years": 2,
        "adopted": False,
        "meet": SHELTER,
    }


def test_animal_back_from_foster_care_is_met_at_the_shelter() -> None:
    home = FosterHome.objects.create(name="J. Patel", city="York", phone="07700 900456")
    clover = Animal.objects.create(name="Clover", species="rabbit", foster=home)
    assert Client().get(f"/animals/{clover.id}/").json()["meet"] == {
        "where": "J. Patel",
        "city": "York",
        "phone": "07700 900456",
    }
    home.delete()
    assert Client().get(f"/animals/{clover.id}/").json()["meet"] == SHELTER
