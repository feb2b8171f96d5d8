from dash.app import app


def whats(query: str) -> list[str]:
    return [a["what"] for a in app.test_client().get("/activity" + query).get_json()]


def test_everything() -> None:
    assert len(whats("")) == 4


def test_since_a_date() -> None:
    assert whats("?since=2026-03-07") == ["user invited", "invoice sent", "plan upgraded"]
