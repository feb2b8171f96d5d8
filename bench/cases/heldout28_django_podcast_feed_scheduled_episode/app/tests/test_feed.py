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


def test_feed_lists_episodes_newest_first() -> None:
    _episode("pilot", datetime(2024, 1, 8, 6, 0, tzinfo=timezone.utc), 1805)
    _episode("the-long-night", datetime(2024, 1, 15, 6, 0, tzinfo=timezone.utc), 3725)
    response = Client().get("/feed.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    items = ET.fromstring(response.content).findall("./channel/item")
    assert [i.findtext("title") for i in items] == ["The Long Night", "Pilot"]
    assert items[0].findtext("pubDate") == "Mon, 15 Jan 2024 06:00:00 +0000"
    assert items[0].findtext("{http://www.itunes.com/dtds/podcast-1.0.dtd}duration") == "1:02:05"


def test_episode_page() -> None:
    _episode("pilot", datetime(2024, 1, 8, 6, 0, tzinfo=timezone.utc), 1805)
    response = Client().get("/episodes/pilot/")
    assert response.status_code == 200
    assert b"0:30:05" in response.content


def test_draft_episode_page_is_not_found() -> None:
    _episode("unfinished", None)
    assert Client().get("/episodes/unfinished/").status_code == 404
