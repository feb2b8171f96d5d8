SECRET_KEY = "donor-portal-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]
ROOT_URLCONF = "donorsite.urls"
INSTALLED_APPS = ["donors"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
# Donor records live with the blood service; this portal keeps no database of its own.
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
TIME_ZONE = "Europe/London"
