import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from django.test import Client

from episodes.models import Episode


def _episode(slug: str, published_at, seconds: int = 2710) -> Episode:
    return Episode.objects.create(
        title=slug.replace("-", " ").title(),
        slug=slug,
        audio_url=f"https://cdn.example.org/{slug}.mp3",
        duration_seconds=seconds,
        published_at=published_at,
    )


def test_drafts_stay_out_of_the_feed() -> None:
    _episode("pilot", datetime(2024, 1, 8, 6, 0, tzinfo=timezone.utc), 1805)
    _episode("static-on-the-line", None, 2950)
    _episode("the-long-night", datetime(2024, 1, 15, 6, 0, tzinfo=timezone.utc), 3725)
    response = Client().get("/feed.xml")
    assert response.status_code == 200
    items = ET.fromstring(response.content).findall("./channel/item")
    assert [i.findtext("title") for i in items] == ["The Long Night", "Pilot"]
    assert [i.findtext("pubDate") for i in items] == [
        "Mon, 15 Jan 2024 06:00:00 +0000",
        "Mon, 08 Jan 2024 06:00:00 +0000",
    ]
    assert b"static-on-the-line" not in response.content


def test_feed_of_drafts_only_is_an_empty_channel() -> None:
    _episode("unfinished", None)
    response = Client().get("/feed.xml")
    assert response.status_code == 200
    assert ET.fromstring(response.content).findall("./channel/item") == []
