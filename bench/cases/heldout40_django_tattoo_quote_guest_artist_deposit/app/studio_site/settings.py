"""Settings for the studio's booking site."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("STUDIO_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "bookings.inkwell-studio.example"]

INSTALLED_APPS = ["bookings"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "studio_site.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("STUDIO_DB", ":memory:"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"

#: Share of a quote (in percent) taken as a deposit when the artist has not set their own:
#: Artist.deposit_percent left blank, as it is for guest artists.
STUDIO_DEPOSIT_PERCENT = 25
