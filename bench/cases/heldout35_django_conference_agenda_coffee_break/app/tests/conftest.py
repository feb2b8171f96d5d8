import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "confsite.settings")
django.setup()
