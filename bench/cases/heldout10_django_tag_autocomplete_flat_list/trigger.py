"""An author types 'd' in the tag box of the post editor."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blog.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/api/tags?q=d&flat=1")
