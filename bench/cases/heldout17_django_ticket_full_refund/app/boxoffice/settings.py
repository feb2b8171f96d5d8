import os

SECRET_KEY = os.environ.get("BOXOFFICE_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "boxoffice.internal"]

INSTALLED_APPS = ["boxoffice"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "boxoffice.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("BOXOFFICE_DB", ":memory:"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"

#: Shared secret TixHub sends in the X-TixHub-Token header of every webhook.
TIXHUB_TOKEN = os.environ.get("TIXHUB_TOKEN", "tixhub-dev-token")
