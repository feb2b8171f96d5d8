"""Dana clicks the invitation link the Design team lead sent her."""

from teams.app import app

client = app.test_client()
token = client.post("/teams/3/invites", json={"email": "dana@example.com"}).get_json()["token"]
client.post(f"/invites/{token}/accept")
