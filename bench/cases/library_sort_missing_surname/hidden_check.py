from directory.listing import Person, sorted_people


def test_people_without_surname_come_last_by_given_name() -> None:
    people = [Person("Zed"), Person("Bo", "Ng"), Person("Teller"), Person("Cy", "Ad")]
    assert sorted_people(people) == [Person("Cy", "Ad"), Person("Bo", "Ng"), Person("Teller"), Person("Zed")]
