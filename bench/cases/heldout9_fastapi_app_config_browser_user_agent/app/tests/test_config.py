from appconfig.api import app
from appconfig.clients import app_version
from fastapi.testclient import TestClient

client = TestClient(app)


def test_app_version() -> None:
    assert app_version("ShopApp/3.10 (iOS 17.4)") == (3, 10)


def test_current_app_needs_no_update() -> None:
    body = client.get("/config", headers={"User-Agent": "ShopApp/3.4 (Android 14)"}).json()
    assert body == {"checkout": "native", "support_chat": True, "update_required": False}


def test_old_app_must_update() -> None:
    body = client.get("/config", headers={"User-Agent": "ShopApp/2.9 (iOS 15.1)"}).json()
    assert body["update_required"] is True
