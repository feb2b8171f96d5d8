from fastapi.testclient import TestClient

from crm.api import app

client = TestClient(app)


def _preview(body: bytes) -> dict:
    response = client.post("/imports/contacts/preview", content=body, headers={"content-type": "text/csv"})
    assert response.status_code == 200
    return response.json()


def test_windows_excel_preview_keeps_the_accents() -> None:
    body = "name;email;city\nZoë Müller;zoe@example.de;Köln\nJosé Núñez;jose@example.es;Málaga\n"
    assert _preview(body.encode("cp1252")) == {
        "columns": ["name", "email", "city"],
        "rows": [
            {"name": "Zoë Müller", "email": "zoe@example.de", "city": "Köln"},
            {"name": "José Núñez", "email": "jose@example.es", "city": "Málaga"},
        ],
    }


def test_utf8_with_bom_preview() -> None:
    body = "\ufeffname,email\nZoë Müller,zoe@example.de\n".encode()
    assert _preview(body) == {
        "columns": ["name", "email"],
        "rows": [{"name": "Zoë Müller", "email": "zoe@example.de"}],
    }
