SECRET_KEY = "not-secret-in-this-repo"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]
INSTALLED_APPS = ["catalogue"]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "site_conf.urls"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
