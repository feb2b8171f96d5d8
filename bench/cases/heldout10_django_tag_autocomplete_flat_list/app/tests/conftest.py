import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blog.settings")
django.setup()
