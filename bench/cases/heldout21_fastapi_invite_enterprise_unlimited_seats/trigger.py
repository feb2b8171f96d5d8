"""An admin of an enterprise workspace invites a new colleague from the members page."""

from fastapi.testclient import TestClient

from workspaces.api import app

TestClient(app).post(
    "/workspaces/initech/invitations", json={"email": "milton@initech.test", "role": "member"}
)
