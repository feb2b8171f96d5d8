import pytest
from fastapi.testclient import TestClient

from documents import store
from documents.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_download_with_a_non_latin1_title_keeps_the_exact_name() -> None:
    response = TestClient(app).get("/documents/2/download")
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7 q3"
    header = response.headers["content-disposition"]
    assert header.startswith("attachment;")
    assert "filename*=UTF-8''Q3%20report%20%E2%80%94%20Z%C3%BCrich%20office.pdf" in header


def test_ascii_title_still_downloads_under_its_name() -> None:
    response = TestClient(app).get("/documents/1/download")
    assert response.status_code == 200
    assert 'filename="Annual report 2024.pdf"' in response.headers["content-disposition"]
