from crm.contact import Contact


def test_email_and_domain() -> None:
    contact = Contact("Grace", " Grace@Navy.mil ")
    assert contact.email == "grace@navy.mil"
    assert contact.domain == "navy.mil"
