"""A visitor with a privacy extension (no Referer header) switches the site to French."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.test import Client  # noqa: E402

Client().get("/language/?lang=fr")
