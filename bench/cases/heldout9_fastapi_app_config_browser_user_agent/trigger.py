"""The web storefront loads its start-up configuration from a desktop browser."""

from appconfig.api import app
from fastapi.testclient import TestClient

TestClient(app).get(
    "/config",
    headers={
        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
    },
)
