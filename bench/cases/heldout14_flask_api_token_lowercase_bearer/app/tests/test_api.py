from notesapi.app import app


def test_list_notes_with_token() -> None:
    response = app.test_client().get("/api/notes", headers={"Authorization": "Bearer ntk_5f2b9c0e71d4"})
    assert response.status_code == 200
    assert response.get_json() == {
        "client": "zapier",
        "notes": [{"id": 11, "title": "Standup", "body": "Ship the export"}],
    }


def test_each_client_sees_its_own_account() -> None:
    response = app.test_client().get("/api/notes", headers={"Authorization": "Bearer ntk_a81c33e0b6f7"})
    assert [n["id"] for n in response.get_json()["notes"]] == [21, 22]


def test_revoked_token() -> None:
    response = app.test_client().get("/api/notes", headers={"Authorization": "Bearer ntk_000000000000"})
    assert response.status_code == 401
