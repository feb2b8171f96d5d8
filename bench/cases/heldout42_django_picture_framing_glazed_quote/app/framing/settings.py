"""Settings for the frame shop's quoting site (the counter tablet and the website)."""

SECRET_KEY = "not-a-secret-framing-shop"
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver", "quotes.thegildedcorner.example"]
INSTALLED_APPS = ["frames"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "framing.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"
