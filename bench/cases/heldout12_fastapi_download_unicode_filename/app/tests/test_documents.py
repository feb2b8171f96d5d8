import pytest
from fastapi.testclient import TestClient

from documents import store
from documents.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_read_document() -> None:
    assert TestClient(app).get("/documents/1").json() == {"id": 1, "title": "Annual report 2024", "size": 15}


def test_unknown_document() -> None:
    assert TestClient(app).get("/documents/7/download").status_code == 404


def test_download() -> None:
    response = TestClient(app).get("/documents/1/download")
    assert response.content == b"%PDF-1.7 annual"
    assert 'filename="Annual report 2024.pdf"' in response.headers["content-disposition"]


def test_metadata_export_keeps_the_title() -> None:
    response = TestClient(app).get("/documents/2/metadata.csv")
    assert response.status_code == 200
    assert "filename*=UTF-8''Q3%20report%20%E2%80%94%20Z%C3%BCrich%20office.csv" in response.headers["content-disposition"]
