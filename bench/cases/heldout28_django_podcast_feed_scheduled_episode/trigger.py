"""A podcast app polls the feed the morning after the producer uploaded next week's episode as a draft."""

import os
from datetime import datetime, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studio.settings")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from episodes.models import Episode

call_command("migrate", verbosity=0)
Episode.objects.create(
    title="Pilot", slug="pilot", audio_url="https://cdn.example.org/pilot.mp3",
    duration_seconds=1805, published_at=datetime(2024, 1, 8, 6, 0, tzinfo=timezone.utc),
)
Episode.objects.create(
    title="Static on the Line", slug="static-on-the-line", audio_url="https://cdn.example.org/static.mp3",
    duration_seconds=2950, published_at=None,
)
Client().get("/feed.xml")
