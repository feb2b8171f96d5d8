"""Settings for the shop: no database, the catalogue is in code."""

SECRET_KEY = "not-secret-in-tests"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]
ROOT_URLCONF = "catalogue.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
