import pytest

from notesapi.app import app


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "Bearer"])
def test_scheme_name_is_case_insensitive(scheme: str) -> None:
    response = app.test_client().get("/api/notes", headers={"Authorization": f"{scheme} ntk_a81c33e0b6f7"})
    assert response.status_code == 200
    assert response.get_json()["client"] == "python-sync"
    assert [n["id"] for n in response.get_json()["notes"]] == [21, 22]


def test_request_without_a_bearer_token_is_401() -> None:
    client = app.test_client()
    assert client.get("/api/notes").status_code == 401
    assert client.get("/api/notes", headers={"Authorization": "Basic dXNlcjpwYXNz"}).status_code == 401


def test_unknown_token_still_401() -> None:
    response = app.test_client().get("/api/notes", headers={"Authorization": "bearer ntk_000000000000"})
    assert response.status_code == 401
