from tracker.web import app

client = app.test_client()


def test_progress() -> None:
    assert client.get("/projects/launch/progress").get_json() == {"project": "launch", "percent": 75}


def test_unknown_project() -> None:
    assert client.get("/projects/nope/progress").status_code == 404
