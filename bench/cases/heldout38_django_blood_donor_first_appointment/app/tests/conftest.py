import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "donorsite.settings")
django.setup()
