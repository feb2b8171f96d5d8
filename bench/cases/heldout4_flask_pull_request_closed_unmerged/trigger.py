"""GitHub reports that a pull request was closed without being merged."""

from shipbot.web import app

payload = {
    "action": "closed",
    "number": 87,
    "pull_request": {
        "number": 87,
        "title": "Try the new cache backend",
        "state": "closed",
        "user": {"login": "mira"},
        "merged": False,
        "merged_by": None,
    },
}
app.test_client().post("/github", json=payload, headers={"X-GitHub-Event": "pull_request"})
