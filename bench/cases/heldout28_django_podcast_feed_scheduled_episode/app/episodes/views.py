from __future__ import annotations

from email.utils import format_datetime

from django.conf import settings
from django.shortcuts import get_object_or_404, render

from episodes.models import Episode


def duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:d}:{minutes:02d}:{secs:02d}"


def feed(request):
    """The RSS feed podcast apps poll: one <item> per episode, newest first."""
    items = [
        {
            "title": episode.title,
            "link": request.build_absolute_uri(f"/episodes/{episode.slug}/"),
            "audio_url": episode.audio_url,
            "pub_date": format_datetime(episode.published_at),
            "duration": duration(episode.duration_seconds),
        }
        for episode in Episode.objects.order_by("-published_at", "-id")
    ]
    context = {"title": settings.PODCAST_TITLE, "link": settings.PODCAST_LINK, "items": items}
    return render(request, "episodes/feed.xml", context, content_type="application/rss+xml; charset=utf-8")


def episode_page(request, slug: str):
    episode = get_object_or_404(Episode.published, slug=slug)
    return render(request, "episodes/episode.html", {"episode": episode, "duration": duration(episode.duration_seconds)})
