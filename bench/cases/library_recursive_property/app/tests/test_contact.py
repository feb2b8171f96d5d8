from crm.contact import Contact


def test_label() -> None:
    assert Contact(" Ada ", "ADA@example.com", "123").label() == "Ada <123>"
    assert Contact("Bob", "b@example.com").label() == "Bob <no phone>"
