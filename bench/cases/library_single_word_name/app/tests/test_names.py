from people.names import first_name, last_name, salutation


def test_two_words() -> None:
    assert first_name("Ada Lovelace") == "Ada"
    assert last_name("Ada Lovelace") == "Lovelace"


def test_three_words() -> None:
    assert last_name("Ludwig van Beethoven") == "van Beethoven"
    assert salutation("Ludwig van Beethoven") == "Dear van Beethoven"
