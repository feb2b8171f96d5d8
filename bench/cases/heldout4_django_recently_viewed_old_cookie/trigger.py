"""A returning customer whose browser kept the cookie from before release 3.0."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.test import Client

client = Client()
client.cookies["recent"] = "12|7|3"
client.get("/recently-viewed/")
