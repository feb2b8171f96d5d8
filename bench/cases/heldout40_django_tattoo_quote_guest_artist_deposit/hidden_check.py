from django.test import Client

from bookings.models import Artist


def test_artist_without_own_deposit_pays_the_studio_default() -> None:
    guest = Artist.objects.create(name="Lee Harlow", hourly_rate="110.00", guest=True)
    response = Client().get(f"/artists/{guest.id}/quote?hours=2")
    assert response.status_code == 200
    assert response.json() == {
        "artist": "Lee Harlow",
        "hours": "2",
        "total": "220.00",
        "deposit": "55.00",
    }
    assert Client().get(f"/artists/{guest.id}/quote?hours=1.5").json()["deposit"] == "41.25"


def test_artists_own_deposit_still_wins(artists: dict) -> None:
    client = Client()
    assert client.get(f"/artists/{artists['rosa'].id}/quote?hours=3").json()["deposit"] == "108.00"
    assert client.get(f"/artists/{artists['kenji'].id}/quote?hours=3").json()["deposit"] == "0.00"
