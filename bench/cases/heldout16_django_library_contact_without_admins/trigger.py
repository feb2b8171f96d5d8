"""A reader opens the help page of a newly deployed branch site (LENDING_ADMINS unset)."""

import os

import django

os.environ.pop("LENDING_ADMINS", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lending.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/help/contact/")
