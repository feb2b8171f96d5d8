"""PyNorth 2025 site: the agenda is a JSON file the programme committee edits, no database."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "dev-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "pynorth.example.org"]

INSTALLED_APPS = ["agenda"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "confsite.urls"
DATABASES: dict = {}
TEMPLATES: list = []

USE_TZ = True
TIME_ZONE = "Europe/London"

AGENDA_FILE = BASE_DIR / "agenda" / "programme.json"
