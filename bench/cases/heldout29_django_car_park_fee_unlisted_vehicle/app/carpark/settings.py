"""Settings of the pay-on-exit terminals at the Harbour Street multi-storey."""

SECRET_KEY = "dev-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "pay.harbourstreet-parking.example"]
ROOT_URLCONF = "carpark.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
# Tickets live with the barrier controller, not in a database of ours.
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
TIME_ZONE = "Europe/London"
