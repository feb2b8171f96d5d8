"""Settings of the box office (ticket sales for the Harbour Arts Centre)."""

import os

SECRET_KEY = os.environ.get("BOXOFFICE_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["tickets.harbourarts.example", "localhost"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "events",
]
MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "boxoffice.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        # The deployment points this at its database file.
        "NAME": os.environ.get("BOXOFFICE_DB", ":memory:"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"
