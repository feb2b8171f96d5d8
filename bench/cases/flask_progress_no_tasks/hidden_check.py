from tracker.projects import Project, percent_done
from tracker.web import app


def test_no_tasks_is_zero_percent() -> None:
    assert app.test_client().get("/projects/empty/progress").get_json() == {"project": "empty", "percent": 0}
    assert percent_done(Project("x")) == 0


def test_percent_unchanged() -> None:
    assert percent_done(Project("y", done=1, tasks=["a", "b", "c"])) == 33
