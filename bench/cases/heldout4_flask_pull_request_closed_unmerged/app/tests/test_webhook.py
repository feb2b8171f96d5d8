import pytest

from shipbot.messages import announcement
from shipbot.web import CHANNEL, app


def _payload(action: str, **pull: object) -> dict[str, object]:
    base = {"number": 12, "title": "Fix login", "user": {"login": "ana"}, "merged": False, "merged_by": None}
    return {"action": action, "pull_request": {**base, **pull}}


@pytest.fixture(autouse=True)
def channel() -> None:
    CHANNEL.clear()


def test_opened() -> None:
    assert announcement(_payload("opened")) == "PR #12 opened by ana: Fix login"


def test_merged() -> None:
    payload = _payload("closed", merged=True, merged_by={"login": "bo"})
    assert announcement(payload) == "PR #12 merged by bo: Fix login"


def test_other_actions_are_quiet() -> None:
    assert announcement(_payload("labeled")) is None


def test_webhook_posts_to_the_channel() -> None:
    client = app.test_client()
    response = client.post("/github", json=_payload("opened"), headers={"X-GitHub-Event": "pull_request"})
    assert response.status_code == 204
    assert CHANNEL == ["PR #12 opened by ana: Fix login"]


def test_other_events_are_ignored() -> None:
    client = app.test_client()
    assert client.post("/github", json={"zen": "hi"}, headers={"X-GitHub-Event": "ping"}).status_code == 204
    assert CHANNEL == []
