"""A pay-as-you-go pupil, four lessons in, opens the progress card on their dashboard."""

import os
from datetime import datetime, timedelta, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "drivingschool.settings")
os.environ.setdefault("DRIVINGSCHOOL_DB", ":memory:")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from pupils.models import Lesson, Pupil

call_command("migrate", verbosity=0)
pupil = Pupil.objects.create(name="Priya Shah", email="priya@example.com", lessons_bought=None)
for week in range(4):
    Lesson.objects.create(
        pupil=pupil,
        starts=datetime(2024, 5, 7, 17, 0, tzinfo=timezone.utc) + timedelta(weeks=week),
        minutes=60,
        completed=True,
    )
Client().get(f"/pupils/{pupil.pk}/progress/")
