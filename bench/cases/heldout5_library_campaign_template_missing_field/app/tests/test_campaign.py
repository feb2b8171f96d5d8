from mailmerge.campaign import Contact, Message, personalise
from mailmerge.templates import render


def test_render() -> None:
    assert render("Hi {first_name}, news for {company}", {"first_name": "Ada", "company": "Acme"}) == (
        "Hi Ada, news for Acme"
    )


def test_personalise() -> None:
    contacts = [Contact("ada@example.com", {"first_name": "Ada", "city": "Leeds"})]
    assert personalise("Events in {city}", "Hello {first_name}!", contacts) == [
        Message("ada@example.com", "Events in Leeds", "Hello Ada!")
    ]
