"""A customer whose session expired clicks "Download my orders" in a bookmarked page."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.test import Client

Client().get("/account/orders.csv")
