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


def test_excel_csv_utf8_with_byte_order_mark() -> None:
    data = "email,name\r\nAna@Example.com,Ana Lima\r\nzoe@example.com,Zoë Brandão\r\n".encode("utf-8-sig")
    response = upload(data)
    assert response.status_code == 201
    assert response.get_json() == {"added": 2, "updated": 0}
    assert app.test_client().get("/contacts").get_json() == {"ana@example.com": "Ana Lima", "zoe@example.com": "Zoë Brandão"}


def test_plain_utf8_still_imports() -> None:
    assert upload("email,name\nzoe@example.com,Zoë\n".encode()).get_json() == {"added": 1, "updated": 0}
