from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "not-the-production-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "pharmacy.example.org"]

INSTALLED_APPS = [
    "prescriptions",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "pharmacy_site.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": ":memory:",
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = "en-gb"
