import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carpark.settings")
django.setup()
