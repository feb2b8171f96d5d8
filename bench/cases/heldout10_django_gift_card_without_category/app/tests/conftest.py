import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "catalogue.settings")
django.setup()
