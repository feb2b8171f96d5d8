"""Settings of the beekeeping association's apiary log."""

from __future__ import annotations

import os

SECRET_KEY = os.environ.get("APIARY_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "apiary.example.org"]

INSTALLED_APPS = ["hives"]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "apiary_site.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("APIARY_DB", ":memory:"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "Europe/London"
