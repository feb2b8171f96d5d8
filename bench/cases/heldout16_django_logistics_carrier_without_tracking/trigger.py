"""A customer opens the status page of a parcel delivered by the depot's own van."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parcels.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/shipments/RDC-10490/")
