from appconfig.api import app
from fastapi.testclient import TestClient

client = TestClient(app)

BROWSER = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Safari/605.1.15"
)


def config(user_agent: str) -> dict:
    response = client.get("/config", headers={"User-Agent": user_agent})
    assert response.status_code == 200, response.text
    return response.json()


def test_browser_gets_the_web_config() -> None:
    assert config(BROWSER) == {"checkout": "hosted", "support_chat": True, "update_required": False}


def test_other_callers_get_the_web_config_too() -> None:
    assert config("curl/8.5.0") == {
        "checkout": "hosted",
        "support_chat": True,
        "update_required": False,
    }
    assert config("") == {"checkout": "hosted", "support_chat": True, "update_required": False}


def test_mobile_apps_unchanged() -> None:
    assert config("ShopApp/3.2 (iOS 17.0)") == {
        "checkout": "native",
        "support_chat": True,
        "update_required": False,
    }
    assert config("ShopApp/3.1 (Android 13)")["update_required"] is True
