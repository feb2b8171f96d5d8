SECRET_KEY = "not-a-secret-for-the-corpus"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "feeds.example.org"]
ROOT_URLCONF = "studio.urls"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "episodes",
]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PODCAST_TITLE = "Night Shift Radio"
PODCAST_LINK = "https://feeds.example.org/"
