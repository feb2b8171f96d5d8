"""A node whose probe was unplugged for cleaning posts its heartbeat: no readings."""

from greenhouse import create_app

app = create_app()
app.test_client().post(
    "/ingest",
    json={"device": "gh-north-3", "sent_at": "2024-11-02T05:50:00+00:00", "readings": []},
)
