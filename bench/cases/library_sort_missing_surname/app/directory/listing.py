from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    given: str
    surname: str | None = None  # some staff records have no surname


def sorted_people(people: list[Person]) -> list[Person]:
    """By surname, then given name; people without a surname come last, by given name."""
    return sorted(people, key=lambda p: (p.surname, p.given))
