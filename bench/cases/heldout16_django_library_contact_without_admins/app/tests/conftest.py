import os

import django

# The test deployment names its desk lead, as every branch should.
os.environ.setdefault("LENDING_ADMINS", "Desk Lead <lead@library.example>")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lending.settings")
django.setup()
