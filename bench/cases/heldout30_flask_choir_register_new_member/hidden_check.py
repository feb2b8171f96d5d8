import pytest
from choir import create_app, store
from flask.testing import FlaskClient


@pytest.fixture
def client() -> FlaskClient:
    store.reset()
    return create_app().test_client()


def _join(client: FlaskClient) -> int:
    response = client.post(
        "/members", data={"name": "Dana Whitfield", "section": "alto", "joined": "2024-02-01"}
    )
    assert response.status_code == 201
    return int(response.get_json()["id"])


def test_new_member_has_no_attendance_yet_and_no_reminder(client: FlaskClient) -> None:
    member_id = _join(client)
    response = client.get(f"/members/{member_id}/attendance")
    assert response.status_code == 200
    assert response.get_json() == {
        "id": member_id,
        "name": "Dana Whitfield",
        "section": "alto",
        "attendance": None,
        "at_risk": False,
    }


def test_register_with_a_new_member(client: FlaskClient) -> None:
    _join(client)
    response = client.get("/sections/alto/register")
    assert response.status_code == 200
    assert [(m["name"], m["attendance"], m["at_risk"]) for m in response.get_json()["members"]] == [
        ("Ann Pryce", 80, False),
        ("Cleo Marsh", 25, True),
        ("Dana Whitfield", None, False),
    ]


def test_first_rehearsal_after_joining_counts(client: FlaskClient) -> None:
    member_id = _join(client)
    client.post("/rehearsals/2024-02-06/sign-in", data={"member": [str(member_id)]})
    assert client.get(f"/members/{member_id}/attendance").get_json()["attendance"] == 100
