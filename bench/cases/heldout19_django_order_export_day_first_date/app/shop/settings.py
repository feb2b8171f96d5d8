"""Settings of the shop's back office."""

SECRET_KEY = "dev-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["backoffice.example.com", "testserver"]
INSTALLED_APPS = ["shop"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "shop.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"
