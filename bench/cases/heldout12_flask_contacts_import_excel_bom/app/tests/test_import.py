import io

import pytest

from crm import contacts
from crm.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    contacts.reset()


def upload(data: bytes):
    return app.test_client().post(
        "/contacts/import", data={"file": (io.BytesIO(data), "contacts.csv")}, content_type="multipart/form-data"
    )


def test_import() -> None:
    response = upload(b"email,name\r\nAna@Example.com,Ana Lima\r\nben@example.com,Ben Ode\r\n")
    assert response.status_code == 201
    assert response.get_json() == {"added": 2, "updated": 0}
    assert app.test_client().get("/contacts").get_json() == {"ana@example.com": "Ana Lima", "ben@example.com": "Ben Ode"}


def test_import_again_updates() -> None:
    upload(b"email,name\nana@example.com,Ana\n")
    assert upload(b"email,name\nana@example.com,Ana Lima\n").get_json() == {"added": 0, "updated": 1}
