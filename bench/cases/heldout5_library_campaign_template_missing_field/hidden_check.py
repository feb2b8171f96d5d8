from mailmerge.campaign import Contact, Message, personalise
from mailmerge.templates import render


def test_missing_field_takes_its_fallback() -> None:
    contacts = [
        Contact("ada@example.com", {"first_name": "Ada", "company": "Acme"}),
        Contact("info@bakery.example", {"company": "Bakery Nord"}),
    ]
    assert personalise("Spring offers for {company}", "Hi {first_name},\nour spring range is out.", contacts) == [
        Message("ada@example.com", "Spring offers for Acme", "Hi Ada,\nour spring range is out."),
        Message("info@bakery.example", "Spring offers for Bakery Nord", "Hi there,\nour spring range is out."),
    ]


def test_empty_field_takes_its_fallback() -> None:
    assert render("Hi {first_name} at {company}", {"first_name": "", "company": "Acme"}) == "Hi there at Acme"


def test_unknown_placeholder_stays_as_written() -> None:
    assert render("Dear {frist_name}, see you in {city}", {"first_name": "Ada"}) == (
        "Dear {frist_name}, see you in your area"
    )


def test_present_fields_unchanged() -> None:
    assert render("{first_name} / {city}", {"first_name": "Bo", "city": "York"}) == "Bo / York"
