from fastapi.testclient import TestClient

from crm.api import CONTACTS, app

client = TestClient(app)
CSV = "name,email\nAda Lovelace,ada@example.com\nAlan Turing,alan@example.com\n"


def test_import() -> None:
    response = client.post("/imports/contacts", content=CSV.encode(), headers={"content-type": "text/csv"})
    assert response.json() == {"imported": 2}
    assert CONTACTS[-1] == {"name": "Alan Turing", "email": "alan@example.com"}


def test_import_from_windows_excel() -> None:
    body = "name;email\nRenée Dupont;renee@example.fr\n".encode("cp1252")
    response = client.post("/imports/contacts", content=body, headers={"content-type": "text/csv"})
    assert response.json() == {"imported": 1}
    assert CONTACTS[-1]["name"] == "Renée Dupont"


def test_import_needs_email() -> None:
    response = client.post("/imports/contacts", content=b"name\nAda\n", headers={"content-type": "text/csv"})
    assert response.status_code == 422


def test_preview() -> None:
    response = client.post(
        "/imports/contacts/preview?limit=1", content=CSV.encode(), headers={"content-type": "text/csv"}
    )
    assert response.json() == {
        "columns": ["name", "email"],
        "rows": [{"name": "Ada Lovelace", "email": "ada@example.com"}],
    }
