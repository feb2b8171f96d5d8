import io

import pytest

from addressbook import Contact
from addressbook.csvio import dump, load


def test_dump() -> None:
    out = io.StringIO()
    assert dump([Contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0018")], out) == 1
    assert out.getvalue() == "name,email,phone\nAda Lovelace,ada@example.com,+44 20 7946 0018\n"


def test_round_trip() -> None:
    contacts = [Contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0018"), Contact("Bob Stone", "bob@example.com")]
    out = io.StringIO()
    dump(contacts, out)
    assert load(io.StringIO(out.getvalue())) == contacts


def test_wrong_header() -> None:
    with pytest.raises(ValueError):
        load(io.StringIO("Name;E-mail\nAda;ada@example.com\n"))
