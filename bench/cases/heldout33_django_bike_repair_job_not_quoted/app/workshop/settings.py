"""Settings of the bike workshop's booking site (production overrides DATABASES from env)."""

SECRET_KEY = "dev-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "workshop.example.com"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "repairs",
]
MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "workshop.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"
