from django.test import Client


def test_artist_list(artists: dict) -> None:
    response = Client().get("/artists/")
    assert [a["name"] for a in response.json()["artists"]] == ["Kenji Mori", "Rosa Vidal"]


def test_quote_with_the_artists_deposit(artists: dict) -> None:
    response = Client().get(f"/artists/{artists['rosa'].id}/quote?hours=2.5")
    assert response.json() == {
        "artist": "Rosa Vidal",
        "hours": "2.5",
        "total": "300.00",
        "deposit": "90.00",
    }


def test_artist_without_deposit(artists: dict) -> None:
    response = Client().get(f"/artists/{artists['kenji'].id}/quote?hours=3")
    assert response.json()["total"] == "285.00"
    assert response.json()["deposit"] == "0.00"


def test_bad_hours_and_unknown_artist(artists: dict) -> None:
    client = Client()
    assert client.get(f"/artists/{artists['rosa'].id}/quote?hours=lots").status_code == 400
    assert client.get(f"/artists/{artists['rosa'].id}/quote?hours=0").status_code == 400
    assert client.get("/artists/999/quote").status_code == 404
