from dash.app import app


def whats(query: str) -> list[str]:
    response = app.test_client().get("/activity" + query)
    assert response.status_code == 200
    return [a["what"] for a in response.get_json()]


def test_since_a_timestamp_keeps_the_time() -> None:
    assert whats("?since=2026-03-07T09:00:00") == ["invoice sent", "plan upgraded"]
    assert whats("?since=2026-03-07T14:30:00") == ["invoice sent", "plan upgraded"]
    assert whats("?since=2026-03-07T14:31:00") == ["plan upgraded"]


def test_since_a_date_still_from_midnight() -> None:
    assert whats("?since=2026-03-07") == ["user invited", "invoice sent", "plan upgraded"]
