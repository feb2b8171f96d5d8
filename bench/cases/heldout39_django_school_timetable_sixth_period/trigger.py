"""A parent opens Thursday's timetable for form 9C in the parents' app."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "school.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/timetable/9C/thursday/")
