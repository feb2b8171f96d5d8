"""Settings of the Eastside branch library's circulation desk."""

SECRET_KEY = "eastside-circulation-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "circulation.eastside.example"]

INSTALLED_APPS = ["django.contrib.contenttypes", "loans"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "branch.urls"

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Loans are due, and fines counted, by the branch's calendar, not UTC's.
USE_TZ = True
TIME_ZONE = "America/New_York"
