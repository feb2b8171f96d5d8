from shipbot.messages import announcement
from shipbot.web import CHANNEL, app

PULL = {"number": 87, "title": "Try the new cache backend", "state": "closed", "user": {"login": "mira"}}


def test_closed_without_merging_is_announced_as_such() -> None:
    CHANNEL.clear()
    payload = {"action": "closed", "number": 87, "pull_request": {**PULL, "merged": False, "merged_by": None}}
    response = app.test_client().post("/github", json=payload, headers={"X-GitHub-Event": "pull_request"})
    assert response.status_code == 204
    assert CHANNEL == ["PR #87 closed without merging: Try the new cache backend"]


def test_merged_is_still_announced_with_who_merged() -> None:
    payload = {"action": "closed", "pull_request": {**PULL, "merged": True, "merged_by": {"login": "bo"}}}
    assert announcement(payload) == "PR #87 merged by bo: Try the new cache backend"
