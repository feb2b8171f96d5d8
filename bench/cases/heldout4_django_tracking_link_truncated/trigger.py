"""A customer opens a tracking link that their mail client cut short."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.test import Client

Client().get("/track/5b1c0e7a-93d2-4f6e-b0a4-1c2d/")
