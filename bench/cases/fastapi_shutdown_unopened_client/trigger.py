"""A deployment without webhooks configured is started, serves, and is stopped."""

import os

os.environ.pop("HOOKS_WEBHOOK_URL", None)
from fastapi.testclient import TestClient

from hooks.main import app

with TestClient(app) as client:
    client.get("/health")
