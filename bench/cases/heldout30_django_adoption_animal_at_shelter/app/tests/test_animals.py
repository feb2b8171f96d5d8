from animals.models import Animal, FosterHome
from django.test import Client


def _fostered() -> Animal:
    home = FosterHome.objects.create(
        name="The Okonkwo family", city="Harrogate", phone="07700 900123"
    )
    return Animal.objects.create(name="Biscuit", species="dog", age_years=3, foster=home)


def test_detail_of_a_fostered_dog() -> None:
    biscuit = _fostered()
    response = Client().get(f"/animals/{biscuit.id}/")
    assert response.status_code == 200
    assert response.json() == {
        "id": biscuit.id,
        "name": "Biscuit",
        "species": "dog",
        "age_years": 3,
        "adopted": False,
        "meet": {"where": "The Okonkwo family", "city": "Harrogate", "phone": "07700 900123"},
    }


def test_unknown_animal() -> None:
    assert Client().get("/animals/404/").status_code == 404


def test_list_shows_the_shelter_city_for_animals_not_fostered() -> None:
    _fostered()
    Animal.objects.create(name="Moth", species="cat", age_years=9)
    Animal.objects.create(name="Rex", species="dog", adopted=True)
    listing = Client().get("/animals/").json()["animals"]
    assert [(a["name"], a["city"]) for a in listing] == [
        ("Biscuit", "Harrogate"),
        ("Moth", "Leeds"),
    ]
    assert [a["name"] for a in Client().get("/animals/?species=cat").json()["animals"]] == ["Moth"]


def test_intake_into_foster_care() -> None:
    home = FosterHome.objects.create(name="J. Patel", city="York", phone="07700 900456")
    client = Client()
    response = client.post(
        "/animals/",
        {"name": "Clover", "species": "rabbit", "age_years": 1, "foster_id": home.id},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Animal.objects.get(pk=response.json()["id"]).foster == home


def test_intake_rejects_unknown_species_and_foster() -> None:
    client = Client()
    bad = client.post(
        "/animals/", {"name": "Nemo", "species": "fish"}, content_type="application/json"
    )
    assert bad.status_code == 400
    missing = client.post(
        "/animals/",
        {"name": "Nemo", "species": "cat", "foster_id": 77},
        content_type="application/json",
    )
    assert missing.status_code == 404


def test_adopt_once() -> None:
    biscuit = _fostered()
    client = Client()
    assert client.post(f"/animals/{biscuit.id}/adopt/").json() == {
        "id": biscuit.id,
        "adopted": True,
    }
    assert client.post(f"/animals/{biscuit.id}/adopt/").status_code == 404
    assert client.get("/animals/").json()["animals"] == []
