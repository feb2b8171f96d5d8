"""What the public pages say about an animal."""

from __future__ import annotations

from animals.models import Animal


def meeting_point(animal: Animal) -> dict[str, str]:
    """Where adopters come to meet the animal, and the number to ring to book a visit."""
    home = animal.foster
    return {"where": home.name, "city": home.city, "phone": home.phone}


def describe(animal: Animal) -> dict[str, object]:
    return {
        "id": animal.id,
        "name": animal.name,
        "species": animal.species,
        "age_years": animal.age_years,
        "adopted": animal.adopted,
        "meet": meeting_point(animal),
    }
