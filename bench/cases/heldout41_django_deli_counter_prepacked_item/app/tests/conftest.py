import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deli.settings")
django.setup()
