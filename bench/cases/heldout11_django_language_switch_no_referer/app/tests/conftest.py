import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
django.setup()
