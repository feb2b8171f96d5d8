import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["bakery.example.com", "testserver", "localhost"]
INSTALLED_APPS = ["cart"]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
]
# The cart lives in a signed cookie: the shop keeps no server-side session store.
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
ROOT_URLCONF = "bakery.urls"
DATABASES: dict = {}
USE_TZ = True
