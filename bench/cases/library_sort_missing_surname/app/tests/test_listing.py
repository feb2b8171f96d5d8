from directory.listing import Person, sorted_people


def test_by_surname_then_given() -> None:
    people = [Person("Bo", "Ng"), Person("Al", "Ng"), Person("Cy", "Ad")]
    assert sorted_people(people) == [Person("Cy", "Ad"), Person("Al", "Ng"), Person("Bo", "Ng")]
