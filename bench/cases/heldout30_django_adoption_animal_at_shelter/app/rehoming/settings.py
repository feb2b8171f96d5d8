"""Settings of the rehoming site (the public pages of the animal shelter)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("REHOMING_SECRET_KEY", "dev-only-not-secret")
DEBUG = os.environ.get("REHOMING_DEBUG") == "1"
ALLOWED_HOSTS = ["rehoming.example.org", "localhost", "testserver"]

INSTALLED_APPS = ["animals"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "rehoming.urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("REHOMING_DB", ":memory:"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"

#: Where adopters meet the animals that are not in foster care, and the number they
#: ring to book a visit.
SHELTER = {
    "where": "Riverside Animal Shelter, Mill Lane",
    "city": "Leeds",
    "phone": "0113 496 0000",
}
