from people.names import last_name, salutation


def test_one_word_name() -> None:
    assert last_name("Madonna") == ""
    assert salutation("Madonna") == "Dear Madonna"


def test_two_words_unchanged() -> None:
    assert last_name("Grace Hopper") == "Hopper"
