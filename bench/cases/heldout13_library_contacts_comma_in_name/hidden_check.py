import io

from addressbook import Contact
from addressbook.csvio import dump, load


def test_quoted_fields_are_read_back() -> None:
    text = (
        "name,email,phone\n"
        "Ada Lovelace,ada@example.com,+44 20 7946 0018\n"
        '"Hopper, Grace",grace@example.com,\n'
        '"Dwayne ""The Rock"" Johnson",dj@example.com,"555-0100, ext. 12"\n'
    )
    assert load(io.StringIO(text)) == [
        Contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0018"),
        Contact("Hopper, Grace", "grace@example.com", ""),
        Contact('Dwayne "The Rock" Johnson', "dj@example.com", "555-0100, ext. 12"),
    ]


def test_round_trip_of_awkward_names() -> None:
    contacts = [
        Contact("Hopper, Grace", "grace@example.com"),
        Contact('Dwayne "The Rock" Johnson', "dj@example.com", "555-0100, ext. 12"),
        Contact("Bob Stone", "bob@example.com"),
    ]
    out = io.StringIO()
    assert dump(contacts, out) == 3
    assert load(io.StringIO(out.getvalue())) == contacts
