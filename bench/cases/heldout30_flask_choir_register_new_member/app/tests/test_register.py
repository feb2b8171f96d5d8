import pytest
from choir import create_app, store
from flask.testing import FlaskClient


@pytest.fixture
def client() -> FlaskClient:
    store.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_member_attendance(client: FlaskClient) -> None:
    response = client.get("/members/1/attendance")
    assert response.get_json() == {
        "id": 1,
        "name": "Ann Pryce",
        "section": "alto",
        "attendance": 80,
        "at_risk": False,
    }


def test_late_joiner_counts_from_joining(client: FlaskClient) -> None:
    # Cleo joined on 9 January: four rehearsals since, she came to one.
    assert client.get("/members/3/attendance").get_json()["attendance"] == 25


def test_section_register_flags_low_attendance(client: FlaskClient) -> None:
    members = client.get("/sections/alto/register").get_json()["members"]
    assert [(m["name"], m["at_risk"]) for m in members] == [
        ("Ann Pryce", False),
        ("Cleo Marsh", True),
    ]


def test_unknown_member_and_section(client: FlaskClient) -> None:
    assert client.get("/members/99/attendance").status_code == 404
    assert client.get("/sections/baritone/register").status_code == 404


def test_sign_in_a_new_rehearsal(client: FlaskClient) -> None:
    response = client.post("/rehearsals/2024-02-06/sign-in", data={"member": ["1", "3"]})
    assert response.get_json() == {"rehearsal": "2024-02-06", "present": 2}
    assert client.get("/members/3/attendance").get_json()["attendance"] == 40


def test_join_requires_a_section(client: FlaskClient) -> None:
    assert client.post("/members", data={"name": "Dev"}).status_code == 400
    response = client.post(
        "/members", data={"name": "Dev", "section": "tenor", "joined": "2023-10-01"}
    )
    assert response.status_code == 201
    assert (
        client.get(f"/members/{response.get_json()['id']}/attendance").get_json()["attendance"] == 0
    )
