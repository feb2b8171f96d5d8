from downloads.web import DOWNLOADS, app

client = app.test_client()


def test_download_behind_the_proxy_counts_the_client() -> None:
    response = client.get(
        "/releases/1.5.0", headers={"X-Forwarded-For": "203.0.113.7, 10.0.0.2"}
    )
    assert response.status_code == 200
    assert response.get_json()["url"].endswith("tool-1.5.0.tar.gz")
    assert DOWNLOADS[("1.5.0", "203.0.113.7")] == 1


def test_unknown_release() -> None:
    response = client.get("/releases/0.1", headers={"X-Forwarded-For": "203.0.113.7"})
    assert response.status_code == 404
