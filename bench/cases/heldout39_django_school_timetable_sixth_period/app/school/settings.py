"""Settings for the timetable site shown on the school's corridor screens and parent app."""

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "timetable.school.internal"]

INSTALLED_APPS = ["timetable"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "school.urls"

# The timetable is read from the nightly MIS export; the site keeps no database.
DATABASES: dict = {}

USE_TZ = True
TIME_ZONE = "Europe/London"
