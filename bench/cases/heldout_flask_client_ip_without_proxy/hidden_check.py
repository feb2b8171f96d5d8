from downloads.web import DOWNLOADS, app

client = app.test_client()


def test_direct_download_counts_the_peer_address() -> None:
    response = client.get("/releases/1.4.2", environ_base={"REMOTE_ADDR": "198.51.100.20"})
    assert response.status_code == 200
    assert response.get_json()["url"].endswith("tool-1.4.2.tar.gz")
    assert DOWNLOADS[("1.4.2", "198.51.100.20")] == 1


def test_forwarded_download_still_counts_the_first_hop() -> None:
    client.get("/releases/1.5.0", headers={"X-Forwarded-For": "192.0.2.9, 10.0.0.2"})
    assert DOWNLOADS[("1.5.0", "192.0.2.9")] == 1
